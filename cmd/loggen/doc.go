// Command loggen writes realistic, deterministic security logs for
// benchmarks and demos of siemanon.
//
// Usage:
//
//	loggen [-size SIZE] [-seed N] [-format FORMAT] [-ips N] [-users N] > out.log
//	go run ./cmd/loggen -size 1GB -seed 1 -format mixed > mixed.log
//
// Formats:
//
//	mixed     every kind below, interleaved (the default)
//	syslog    sshd (accepted, failed, invalid user, pam_unix ruser/rhost),
//	          sudo (USER= PWD= COMMAND=), su, systemd-logind, Postfix
//	          (from=<> to=<> client=host[ip]), dnsmasq and BIND queries
//	web       Apache vhost_combined and nginx combined access logs, with
//	          identd and authenticated users, referers and query strings
//	firewall  iptables/UFW kernel lines (MAC= SRC= DST=), FortiGate
//	          key=value, Cisco ASA (%ASA-6-302013 ...), PAN-OS TRAFFIC CSV
//	cef       CEF:0 (suser duser shost dhost src dst smac dmac fname request,
//	          with \= and \\ escapes) and LEEF:2.0
//	windows   Windows Security events (4624, 4625, 4688, 4768, ...) as one
//	          line with "Account Name:", "Source Network Address:" pairs
//	ecs       ECS NDJSON: source.ip, destination.ip, user.name, host.name,
//	          related.ip, event.original and a free-text message
//
// -size takes a byte count or a suffix: KB, MB, GB, TB are powers of ten
// (1GB = 10^9 bytes), KiB, MiB, GiB, TiB powers of two. Output stops at the
// first line end at or after the size, so every line is whole. The default
// is 100MB.
//
// Values follow a Zipf-like law, so a few addresses and users dominate:
// two draws in eight pick rank k of a pool with probability roughly
// proportional to 1/(k+1) (an octave [2^j-1, 2^(j+1)-1) chosen uniformly,
// then a rank in it); the other six take the next value of a cursor that
// cycles through the pool, a long tail of rarely seen values. A 1GB mixed
// file thus holds every address of -ips 1000000 and every name of
// -users 100000. The draws use integers only, so the output is the same on
// every platform.
//
// -ips sets the number of distinct IPv4 addresses (default 50000; about 60%
// private in 10/8, 172.16/12 and 192.168/16, the rest public) and -users the
// number of distinct usernames (default 5000). Host, MAC, IPv6 and SID pools
// scale with them. Timestamps start at 2025-03-03T06:00:00Z and advance by
// 0 to 24 ms a line.
//
// The same flags always give the same bytes: everything is drawn from one
// math/rand/v2 PCG seeded with -seed. A reader that closes the pipe early
// (loggen | head) ends loggen quietly with status 0.
//
// Exit status: 0 on success, 1 if writing failed, 2 on bad usage.
package main
