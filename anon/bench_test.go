package anon_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

// rawLines are realistic syslog (sshd), iptables/UFW and Apache access lines; addresses
// repeat, as in real logs.
var rawLines = [][]byte{
	[]byte("Mar  3 14:02:11 bastion-01 sshd[4121]: Accepted publickey for jdoe from 203.0.113.45 port 52514 ssh2: RSA SHA256:Vv3tq0TjK3b1mC4y2y9QzXk0bWJ3hX1Zp6QvXcYF8cE"),
	[]byte("Mar  3 14:02:15 bastion-01 sshd[4130]: Failed password for invalid user admin from 198.51.100.77 port 40022 ssh2"),
	[]byte("Mar  3 14:02:16 bastion-01 sshd[4130]: Connection closed by invalid user admin 198.51.100.77 port 40022 [preauth]"),
	[]byte("Mar  3 14:02:19 bastion-01 sshd[4133]: Failed password for root from 185.220.101.34 port 51234 ssh2"),
	[]byte("Mar  3 14:02:20 bastion-01 sshd[4133]: Received disconnect from 185.220.101.34 port 51234:11: Bye Bye [preauth]"),
	[]byte("Mar  3 14:02:31 bastion-01 sshd[4140]: pam_unix(sshd:session): session opened for user jdoe(uid=1000) by (uid=0)"),
	[]byte("Mar  3 14:03:02 fw-edge kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:52:54:00:12:34:56:08:00 SRC=185.220.101.34 DST=10.20.30.40 LEN=60 TOS=0x00 PREC=0x00 TTL=52 ID=54321 DF PROTO=TCP SPT=44321 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0"),
	[]byte("Mar  3 14:03:04 fw-edge kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:52:54:00:12:34:56:08:00 SRC=198.51.100.77 DST=10.20.30.40 LEN=44 TOS=0x00 PREC=0x00 TTL=245 ID=12345 PROTO=TCP SPT=53412 DPT=3389 WINDOW=1024 RES=0x00 SYN URGP=0"),
	[]byte("Mar  3 14:03:05 fw-edge kernel: [UFW ALLOW] IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:3c:22:fb:91:0a:7e:08:00 SRC=10.20.31.77 DST=10.20.30.40 LEN=52 TOS=0x00 PREC=0x00 TTL=64 ID=0 DF PROTO=TCP SPT=60112 DPT=443 WINDOW=502 RES=0x00 ACK URGP=0"),
	[]byte("Mar  3 14:03:07 fw-edge kernel: IN=eth1 OUT=eth0 SRC=192.168.14.22 DST=93.184.216.34 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=4711 DF PROTO=TCP SPT=40112 DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0"),
	[]byte("Mar  3 14:03:09 fw-edge kernel: IPv6 [UFW BLOCK] IN=eth0 OUT= SRC=2a01:4f8:c17:1a2b::1 DST=fe80::5054:ff:fe12:3456 LEN=72 TC=0 HOPLIMIT=255 FLOWLBL=0 PROTO=UDP SPT=546 DPT=547 LEN=32"),
	[]byte(`192.168.14.22 - - [03/Mar/2025:14:04:41 +0100] "GET /portal/login?email=jane.roe@example.org HTTP/1.1" 200 5120 "https://intranet.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"`),
	[]byte(`203.0.113.45 - jdoe [03/Mar/2025:14:04:42 +0100] "POST /api/v1/session HTTP/1.1" 201 312 "-" "curl/8.5.0"`),
	[]byte(`198.51.100.77 - - [03/Mar/2025:14:04:43 +0100] "GET /wp-login.php HTTP/1.1" 404 196 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"`),
	[]byte(`192.168.14.22 - - [03/Mar/2025:14:04:44 +0100] "GET /static/app.js HTTP/1.1" 304 0 "https://intranet.example.com/portal/" "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"`),
	[]byte(`185.220.101.34 - - [03/Mar/2025:14:04:45 +0100] "GET /.env HTTP/1.1" 403 199 "-" "python-requests/2.31.0"`),
	[]byte("Mar  3 14:05:00 dhcp-01 dhcpd[812]: DHCPACK on 10.20.31.77 to 3c:22:fb:91:0a:7e (WKS-042) via eth1"),
	[]byte("Mar  3 14:05:01 dhcp-01 dhcpd[812]: DHCPREQUEST for 10.20.31.78 from 00:50:56:c0:00:08 (WKS-043) via eth1"),
	[]byte("Mar  3 14:05:12 mail-01 postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown[185.220.101.34]: 554 5.7.1 <john.doe@corp-example.com>: Relay access denied; from=<spam@bad-example.net> to=<john.doe@corp-example.com> proto=ESMTP helo=<x>"),
	[]byte("Mar  3 14:05:13 bastion-01 systemd[1]: Started Session 42 of user jdoe."),
}

// ecsRecords are ECS NDJSON records of 600 to 1000 bytes.
var ecsRecords = func() [][]byte {
	var out [][]byte
	ips := []string{"81.2.69.142", "203.0.113.45", "185.220.101.34", "198.51.100.77"}
	dsts := []string{"10.0.5.12", "10.20.30.40", "192.168.14.22"}
	for i := range 12 {
		src, dst := ips[i%len(ips)], dsts[i%len(dsts)]
		out = append(out, fmt.Appendf(nil, `{"@timestamp":"2025-03-03T14:06:%02d.345Z","ecs":{"version":"8.11.0"},"event":{"kind":"event","category":["authentication"],"type":["start"],"outcome":"failure","dataset":"system.auth","module":"system"},"host":{"name":"bastion-01","hostname":"bastion-01","ip":["%s","fe80::5054:ff:fe12:3456"],"mac":["52-54-00-12-34-56"],"os":{"family":"debian","kernel":"6.1.0-18-amd64"}},"source":{"ip":"%s","port":%d,"geo":{"country_iso_code":"GB"}},"destination":{"ip":"%s","port":22},"user":{"name":"jdoe","email":"john.doe@corp-example.com"},"related":{"ip":["%s","%s"],"user":["jdoe"]},"process":{"name":"sshd","pid":%d},"log":{"file":{"path":"/var/log/auth.log"},"offset":%d},"message":"Failed password for jdoe from %s port %d ssh2"}`,
			i, dst, src, 40000+i, dst, src, dst, 4000+i, 1000*i, src, 40000+i))
	}
	return out
}()

func benchLines(b *testing.B, lines [][]byte) {
	benchLinesWith(b, anon.Config{Key: testKey(), Only: addressCategories}, lines)
}

// benchLinesWith rewrites lines, after one warm-up round, with the engine of cfg.
func benchLinesWith(b *testing.B, cfg anon.Config, lines [][]byte) {
	e, err := anon.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, l := range lines {
		total += len(l) + 1
	}
	dst := make([]byte, 0, 4096)
	for _, l := range lines { // warm the caches: steady state
		dst = e.RewriteLine(dst[:0], l)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			dst = e.RewriteLine(dst[:0], l)
		}
	}
}

func BenchmarkRaw(b *testing.B) { benchLines(b, rawLines) }

// BenchmarkRawAll is BenchmarkRaw with every category on (the default): names, hosts,
// paths, URLs and the rest, as issue 3 measures it.
func BenchmarkRawAll(b *testing.B) { benchLinesWith(b, anon.Config{Key: testKey()}, rawLines) }

// BenchmarkJSONAll is BenchmarkJSON with every category on and the profiles detected per
// record, as issue 4 measures it.
func BenchmarkJSONAll(b *testing.B) { benchLinesWith(b, anon.Config{Key: testKey()}, ecsRecords) }

func BenchmarkJSON(b *testing.B) {
	for _, r := range ecsRecords {
		if len(r) < 600 || len(r) > 1000 {
			b.Fatalf("record of %d bytes", len(r))
		}
	}
	benchLines(b, ecsRecords)
}

// BenchmarkRunParallel runs the whole stream over ~8 MB of mixed raw and JSON lines.
func BenchmarkRunParallel(b *testing.B) {
	var input bytes.Buffer
	input.WriteString("start\n")
	for input.Len() < 8<<20 {
		for _, l := range rawLines {
			input.Write(l)
			input.WriteByte('\n')
		}
		for _, r := range ecsRecords {
			input.Write(r)
			input.WriteByte('\n')
		}
	}
	data := input.Bytes()
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				e, err := anon.New(anon.Config{Key: testKey(), Only: addressCategories, Workers: workers})
				if err != nil {
					b.Fatal(err)
				}
				err = e.Run(io.Discard, []anon.Input{{Name: "bench", Open: func() (io.ReadCloser, error) {
					return io.NopCloser(bytes.NewReader(data)), nil
				}}})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSteadyStateNoAllocs holds the benchmarks' lines to the README's claim: once the
// caches are warm, a raw line and an ECS record are rewritten without allocating.
func TestSteadyStateNoAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are measured in the full run")
	}
	for name, lines := range map[string][][]byte{"raw": rawLines, "ecs": ecsRecords} {
		e, err := anon.New(anon.Config{Key: testKey()})
		if err != nil {
			t.Fatal(err)
		}
		dst := make([]byte, 0, 4096)
		for range 2 {
			for _, l := range lines {
				dst = e.RewriteLine(dst[:0], l)
			}
		}
		for k, l := range lines {
			if n := testing.AllocsPerRun(20, func() { dst = e.RewriteLine(dst[:0], l) }); n != 0 {
				t.Errorf("%s line %d: %v allocations per rewrite in steady state", name, k, n)
			}
		}
	}
}
