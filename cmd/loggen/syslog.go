package main

// Syslog lines from Linux servers: sshd, sudo, su, pam_unix,
// systemd-logind, Postfix, dnsmasq and BIND.

// hdr appends the RFC 3164 header "Mar  3 08:04:05 host prog[pid]: ".
func (g *gen) hdr(b []byte, host, prog string, pid int) []byte {
	b = g.clk.appendSyslog(b)
	b = append(b, ' ')
	b = append(b, host...)
	b = append(b, ' ')
	b = append(b, prog...)
	if pid > 0 {
		b = append(b, '[')
		b = appendInt(b, pid)
		b = append(b, ']')
	}
	return append(b, ':', ' ')
}

// sshd event kinds.
const (
	sshAcceptedPassword = iota
	sshAcceptedKey
	sshFailed
	sshFailedInvalid
	sshInvalid
	sshPreauthClosed
	sshPamFailure
	sshSessionOpened
	sshDisconnected
	sshKinds
)

// authEvent is one sshd event, shared by the syslog line and its ECS
// record.
type authEvent struct {
	kind int
	user string // login, or a scanner's guess for invalid users
	uid  int
	ip   uint32
	ip6  string // when set, the client address instead of ip
	port int
	host *host
	pid  int
}

// newAuth makes an sshd event. A pam session line prints no address, so it
// gets one only when withIP is set (for ECS, which has source.ip), leaving
// the pool's tail cursor for lines that show it.
func (g *gen) newAuth(withIP bool) authEvent {
	e := authEvent{host: g.server(), pid: g.pid(), port: g.ephemeral()}
	r := g.intn(100)
	switch {
	case r < 14:
		e.kind = sshAcceptedKey
	case r < 22:
		e.kind = sshAcceptedPassword
	case r < 44:
		e.kind = sshFailed
	case r < 58:
		e.kind = sshFailedInvalid
	case r < 68:
		e.kind = sshInvalid
	case r < 74:
		e.kind = sshPreauthClosed
	case r < 84:
		e.kind = sshPamFailure
	case r < 94:
		e.kind = sshSessionOpened
	default:
		e.kind = sshDisconnected
	}
	v6 := g.pct(4)
	if e.kind == sshSessionOpened && !withIP {
		v6 = false
	}
	switch e.kind {
	case sshFailedInvalid, sshInvalid, sshPreauthClosed:
		e.user = pick(g, g.tb.badUsers)
		if !v6 {
			e.ip = g.pubIP()
		}
	case sshFailed, sshPamFailure:
		u := g.userIdx()
		e.user, e.uid = g.users[u], g.uid[u]
		if g.pct(40) {
			e.user, e.uid = "root", 0
		}
		if !v6 {
			e.ip = g.anyIP()
		}
	default:
		u := g.userIdx()
		e.user, e.uid = g.users[u], g.uid[u]
		if !v6 && (withIP || e.kind != sshSessionOpened) {
			e.ip = g.privIP()
		}
	}
	if v6 {
		e.ip6 = g.ipv6()
	}
	return e
}

func (e *authEvent) appendAddr(b []byte) []byte {
	if e.ip6 != "" {
		return append(b, e.ip6...)
	}
	return appendIPv4(b, e.ip)
}

func (e *authEvent) success() bool {
	return e.kind == sshAcceptedKey || e.kind == sshAcceptedPassword || e.kind == sshSessionOpened
}

// appendMsg appends the sshd message text, without header.
func (g *gen) appendSSHMsg(b []byte, e *authEvent) []byte {
	switch e.kind {
	case sshAcceptedPassword, sshAcceptedKey, sshFailed, sshFailedInvalid:
		switch e.kind {
		case sshAcceptedPassword:
			b = append(b, "Accepted password for "...)
		case sshAcceptedKey:
			b = append(b, "Accepted publickey for "...)
		case sshFailed:
			b = append(b, "Failed password for "...)
		default:
			b = append(b, "Failed password for invalid user "...)
		}
		b = append(b, e.user...)
		b = append(b, " from "...)
		b = e.appendAddr(b)
		b = append(b, " port "...)
		b = appendInt(b, e.port)
		b = append(b, " ssh2"...)
		if e.kind == sshAcceptedKey {
			b = append(b, ": ED25519 SHA256:"...)
			b = g.appendBase64(b, 43)
		}
	case sshInvalid:
		b = append(b, "Invalid user "...)
		b = append(b, e.user...)
		b = append(b, " from "...)
		b = e.appendAddr(b)
		b = append(b, " port "...)
		b = appendInt(b, e.port)
	case sshPreauthClosed:
		b = append(b, "Connection closed by invalid user "...)
		b = append(b, e.user...)
		b = append(b, ' ')
		b = e.appendAddr(b)
		b = append(b, " port "...)
		b = appendInt(b, e.port)
		b = append(b, " [preauth]"...)
	case sshPamFailure:
		b = append(b, "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost="...)
		b = e.appendAddr(b)
		b = append(b, "  user="...)
		b = append(b, e.user...)
	case sshSessionOpened:
		b = append(b, "pam_unix(sshd:session): session opened for user "...)
		b = append(b, e.user...)
		b = append(b, "(uid="...)
		b = appendInt(b, e.uid)
		b = append(b, ") by (uid=0)"...)
	default:
		b = append(b, "Disconnected from user "...)
		b = append(b, e.user...)
		b = append(b, ' ')
		b = e.appendAddr(b)
		b = append(b, " port "...)
		b = appendInt(b, e.port)
	}
	return b
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func (g *gen) appendBase64(b []byte, n int) []byte {
	var x uint64
	for i := range n {
		if i%10 == 0 {
			x = g.u64()
		}
		b = append(b, base64Chars[x&63])
		x >>= 6
	}
	return b
}

func (g *gen) appendSSHLine(b []byte, e *authEvent) []byte {
	b = g.hdr(b, e.host.name, "sshd", e.pid)
	return g.appendSSHMsg(b, e)
}

func lineSSH(g *gen, b []byte) []byte {
	e := g.newAuth(false)
	return append(g.appendSSHLine(b, &e), '\n')
}

// lineSudo writes sudo command lines and sudo's pam_unix failures.
func lineSudo(g *gen, b []byte) []byte {
	h := g.server()
	u := g.userIdx()
	if g.pct(12) {
		b = g.hdr(b, h.name, "sudo", 0)
		b = append(b, "pam_unix(sudo:auth): authentication failure; logname="...)
		b = append(b, g.users[u]...)
		b = append(b, " uid="...)
		b = appendInt(b, g.uid[u])
		b = append(b, " euid=0 tty=/dev/pts/"...)
		b = appendInt(b, g.intn(8))
		b = append(b, " ruser="...)
		b = append(b, g.users[u]...)
		b = append(b, " rhost=  user="...)
		b = append(b, g.users[u]...)
		return append(b, '\n')
	}
	b = g.hdr(b, h.name, "sudo", 0)
	b = append(b, "    "...)
	b = append(b, g.users[u]...)
	b = append(b, " : TTY=pts/"...)
	b = appendInt(b, g.intn(8))
	b = append(b, " ; PWD="...)
	switch g.intn(4) {
	case 0:
		b = append(b, "/var/www/html"...)
	case 1:
		b = append(b, "/etc"...)
	default:
		b = append(b, "/home/"...)
		b = append(b, g.users[u]...)
	}
	b = append(b, " ; USER="...)
	if g.pct(80) {
		b = append(b, "root"...)
	} else {
		b = append(b, g.users[g.userIdx()]...)
	}
	b = append(b, " ; COMMAND="...)
	b = g.appendTmpl(b, pick(g, g.tb.commands), u)
	return append(b, '\n')
}

// lineSu writes su and its pam_unix session lines.
func lineSu(g *gen, b []byte) []byte {
	h := g.server()
	u := g.userIdx()
	pid := g.pid()
	b = g.hdr(b, h.name, "su", pid)
	if g.pct(50) {
		b = append(b, "(to root) "...)
		b = append(b, g.users[u]...)
		b = append(b, " on pts/"...)
		b = appendInt(b, g.intn(8))
		return append(b, '\n')
	}
	b = append(b, "pam_unix(su-l:session): session opened for user root(uid=0) by "...)
	b = append(b, g.users[u]...)
	b = append(b, "(uid="...)
	b = appendInt(b, g.uid[u])
	b = append(b, ")\n"...)
	return b
}

// lineLogind writes systemd-logind session lines.
func lineLogind(g *gen, b []byte) []byte {
	h := g.server()
	b = g.hdr(b, h.name, "systemd-logind", 400+int(h.mac&0x3ff))
	sess := 1000 + int(g.nextConn()%90000)
	if g.pct(55) {
		b = append(b, "New session "...)
		b = appendInt(b, sess)
		b = append(b, " of user "...)
		b = append(b, g.users[g.userIdx()]...)
		return append(b, ".\n"...)
	}
	if g.pct(50) {
		b = append(b, "Session "...)
		b = appendInt(b, sess)
		b = append(b, " logged out. Waiting for processes to exit.\n"...)
		return b
	}
	b = append(b, "Removed session "...)
	b = appendInt(b, sess)
	return append(b, ".\n"...)
}

func (g *gen) appendQueueID(b []byte) []byte {
	return appendHexUpper(b, g.u64(), 10+g.intn(2))
}

// appendExtEmail appends someone@external-domain.
func (g *gen) appendExtEmail(b []byte) []byte {
	b = append(b, pick(g, g.tb.first)...)
	b = append(b, '.')
	b = append(b, pick(g, g.tb.last)...)
	b = append(b, '@')
	return append(b, pick(g, g.tb.domains)...)
}

func (g *gen) appendCorpEmail(b []byte, u int) []byte {
	b = append(b, g.users[u]...)
	b = append(b, '@')
	return append(b, corpDomain...)
}

// appendMailHost appends "mail.example.org[203.0.113.9]" style.
func (g *gen) appendMailHost(b []byte) []byte {
	if g.pct(15) {
		b = append(b, "unknown"...)
	} else {
		b = append(b, "mail."...)
		b = append(b, pick(g, g.tb.domains)...)
	}
	b = append(b, '[')
	b = appendIPv4(b, g.pubIP())
	return append(b, ']')
}

// linePostfix writes Postfix smtpd, qmgr, smtp and cleanup lines.
func linePostfix(g *gen, b []byte) []byte {
	h := &g.servers[3%len(g.servers)] // srv-mail-01 when there are enough servers
	pid := g.pid()
	u := g.userIdx()
	switch r := g.intn(100); {
	case r < 15:
		b = g.hdr(b, h.name, "postfix/smtpd", pid)
		b = append(b, "connect from "...)
		b = g.appendMailHost(b)
	case r < 30:
		b = g.hdr(b, h.name, "postfix/smtpd", pid)
		b = g.appendQueueID(b)
		b = append(b, ": client="...)
		if g.pct(50) {
			b = append(b, g.workstation().fqdn...)
			b = append(b, '[')
			b = appendIPv4(b, g.privIP())
			b = append(b, "], sasl_method=LOGIN, sasl_username="...)
			b = g.appendCorpEmail(b, u)
		} else {
			b = g.appendMailHost(b)
		}
	case r < 40:
		b = g.hdr(b, h.name, "postfix/cleanup", pid)
		b = g.appendQueueID(b)
		b = append(b, ": message-id=<"...)
		b = appendHex(b, g.u64(), 16)
		b = append(b, '@')
		b = append(b, h.fqdn...)
		b = append(b, '>')
	case r < 60:
		b = g.hdr(b, h.name, "postfix/qmgr", 1100+int(h.mac&0xff))
		b = g.appendQueueID(b)
		b = append(b, ": from=<"...)
		if g.pct(10) {
			// bounce: empty sender
		} else if g.pct(60) {
			b = g.appendCorpEmail(b, u)
		} else {
			b = g.appendExtEmail(b)
		}
		b = append(b, ">, size="...)
		b = appendInt(b, 800+g.intn(200_000))
		b = append(b, ", nrcpt="...)
		b = appendInt(b, 1+g.intn(3))
		b = append(b, " (queue active)"...)
	case r < 88:
		b = g.hdr(b, h.name, "postfix/smtp", pid)
		b = g.appendQueueID(b)
		b = append(b, ": to=<"...)
		if g.pct(50) {
			b = g.appendExtEmail(b)
		} else {
			b = g.appendCorpEmail(b, u)
		}
		b = append(b, ">, relay="...)
		b = g.appendMailHost(b)
		b = append(b, ":25, delay=0."...)
		b = appendInt(b, 1+g.intn(98))
		b = append(b, ", delays=0.01/0/0.1/0."...)
		b = appendInt(b, g.intn(99))
		if g.pct(90) {
			b = append(b, ", dsn=2.0.0, status=sent (250 2.0.0 OK "...)
			b = appendInt(b, 1_700_000_000+g.intn(100_000_000))
			b = append(b, ')')
		} else {
			b = append(b, ", dsn=4.4.1, status=deferred (connect to "...)
			b = g.appendMailHost(b)
			b = append(b, ":25: Connection timed out)"...)
		}
	default:
		b = g.hdr(b, h.name, "postfix/smtpd", pid)
		b = append(b, "NOQUEUE: reject: RCPT from "...)
		b = g.appendMailHost(b)
		b = append(b, ": 554 5.7.1 <"...)
		b = g.appendCorpEmail(b, u)
		b = append(b, ">: Relay access denied; from=<"...)
		b = g.appendExtEmail(b)
		b = append(b, "> to=<"...)
		b = g.appendCorpEmail(b, u)
		b = append(b, "> proto=ESMTP helo=<"...)
		b = append(b, pick(g, g.tb.domains)...)
		b = append(b, '>')
	}
	return append(b, '\n')
}

// appendQName appends a queried name: an external domain or an internal
// host.
func (g *gen) appendQName(b []byte) []byte {
	if g.pct(25) {
		return append(b, g.workstation().fqdn...)
	}
	return append(b, pick(g, g.tb.domains)...)
}

var qtypes = []string{"A", "A", "A", "AAAA", "AAAA", "PTR", "MX", "TXT", "SRV", "HTTPS"}

// lineDNS writes dnsmasq and BIND query lines.
func lineDNS(g *gen, b []byte) []byte {
	h := &g.servers[15%len(g.servers)]
	client := g.workstation()
	if g.pct(50) {
		b = g.hdr(b, h.name, "dnsmasq", 700+int(h.mac&0xff))
		switch g.intn(3) {
		case 0:
			b = append(b, "query["...)
			b = append(b, pick(g, qtypes)...)
			b = append(b, "] "...)
			b = g.appendQName(b)
			b = append(b, " from "...)
			b = appendIPv4(b, client.ip)
		case 1:
			b = append(b, "forwarded "...)
			b = g.appendQName(b)
			b = append(b, " to "...)
			b = appendIPv4(b, g.pubIP())
		default:
			b = append(b, "reply "...)
			b = g.appendQName(b)
			b = append(b, " is "...)
			b = appendIPv4(b, g.anyIP())
		}
		return append(b, '\n')
	}
	b = g.hdr(b, h.name, "named", 900+int(h.mac&0xff))
	b = g.clk.appendBIND(b)
	b = append(b, " queries: info: client @0x7f"...)
	b = appendHex(b, g.u64(), 10)
	b = append(b, ' ')
	b = appendIPv4(b, client.ip)
	b = append(b, '#')
	b = appendInt(b, g.ephemeral())
	b = append(b, " ("...)
	mark := len(b)
	b = g.appendQName(b)
	name := b[mark:]
	b = append(b, "): query: "...)
	b = append(b, name...)
	b = append(b, " IN "...)
	b = append(b, pick(g, qtypes)...)
	b = append(b, " +E(0)K ("...)
	b = appendIPv4(b, h.ip)
	return append(b, ")\n"...)
}
