package main

// ArcSight CEF and IBM QRadar LEEF 2.0 lines.

// lineCEF writes a CEF:0 record behind a syslog header. Extension values
// that contain '=' or '\' (URLs with query strings, Windows paths,
// DOMAIN\user) are escaped as CEF requires.
func lineCEF(g *gen, b []byte) []byte {
	s := pick(g, g.tb.cef)
	u := g.userIdx()
	w := g.workstation()
	dst := g.server()
	b = g.clk.appendSyslog(b)
	b = append(b, ' ')
	b = append(b, g.firewall().name...)
	b = append(b, " CEF:0|"...)
	b = append(b, s.vendor...)
	b = append(b, '|')
	b = append(b, s.product...)
	b = append(b, '|')
	b = append(b, s.version...)
	b = append(b, '|')
	b = append(b, s.sigID...)
	b = append(b, '|')
	b = append(b, s.name...)
	b = append(b, '|')
	b = append(b, s.severity...)
	b = append(b, "|rt="...)
	b = appendInt(b, int(g.clk.unixMilli()))
	b = append(b, " src="...)
	src := w.ip
	if s.kind == "web" && g.pct(50) || s.kind == "net" && g.pct(40) {
		src = g.pubIP()
	}
	b = appendIPv4(b, src)
	b = append(b, " spt="...)
	b = appendInt(b, g.ephemeral())
	b = append(b, " dst="...)
	b = appendIPv4(b, dst.ip)
	b = append(b, " dpt="...)
	b = appendInt(b, pick(g, inPorts))
	b = append(b, " proto=TCP"...)
	switch s.kind {
	case "auth":
		b = append(b, " suser="...)
		if g.pct(40) {
			b = append(b, netbios+`\\`...)
		}
		b = append(b, g.users[u]...)
		b = append(b, " duser="...)
		b = append(b, g.users[g.userIdx()]...)
		b = append(b, " shost="...)
		b = append(b, w.fqdn...)
		b = append(b, " dhost="...)
		b = append(b, dst.fqdn...)
		b = append(b, " msg=User "...)
		b = append(b, g.users[u]...)
		b = append(b, " signed in from "...)
		b = appendIPv4(b, src)
	case "file":
		g.scratch = g.appendTmpl(g.scratch[:0], pick(g, g.tb.files), u)
		b = append(b, " suser="...)
		b = append(b, g.users[u]...)
		b = append(b, " shost="...)
		b = append(b, w.name...)
		b = append(b, " smac="...)
		b = appendMAC(b, w.mac, macColon)
		b = append(b, " fname="...)
		p := g.scratch
		for i := len(p) - 1; i >= 0; i-- {
			if p[i] == '\\' || p[i] == '/' {
				p = p[i+1:]
				break
			}
		}
		b = appendCEF(b, p)
		b = append(b, " filePath="...)
		b = appendCEF(b, g.scratch)
		b = append(b, " fileHash="...)
		b = appendHex(b, g.u64(), 16)
		b = appendHex(b, g.u64(), 16)
		b = append(b, " act=Quarantine cs1Label=Command cs1="...)
		g.scratch = g.appendTmpl(g.scratch[:0], pick(g, g.tb.winPaths), u)
		b = appendCEF(b, g.scratch)
		b = append(b, " -enc JAB"...)
		b = g.appendBase64(b, 24)
		b = append(b, "=="...)
	case "net":
		b = append(b, " smac="...)
		b = appendMAC(b, w.mac, macColon)
		b = append(b, " dmac="...)
		b = appendMAC(b, dst.mac, macDash)
		b = append(b, " shost="...)
		b = append(b, w.fqdn...)
		b = append(b, " dhost="...)
		b = append(b, dst.name...)
		b = append(b, " suser="...)
		b = append(b, g.users[u]...)
		b = append(b, "@"+corpDomain...)
		b = append(b, " deviceInboundInterface=eth1 cs1Label=Rule cs1=Block inbound "...)
		b = appendInt(b, g.intn(200))
	default: // web
		g.scratch = append(g.scratch[:0], "https://"...)
		g.scratch = append(g.scratch, pick(g, g.tb.vhosts)...)
		g.scratch = g.appendTmpl(g.scratch, pick(g, g.tb.urls), u)
		b = append(b, " suser="...)
		b = append(b, g.users[u]...)
		b = append(b, " shost="...)
		b = append(b, w.fqdn...)
		b = append(b, " request="...)
		b = appendCEF(b, g.scratch)
		b = append(b, " requestMethod="...)
		b = append(b, pick(g, methods)...)
		b = append(b, " requestClientApplication="...)
		b = appendCEF(b, pick(g, g.tb.agents))
		b = append(b, " dhost="...)
		b = append(b, pick(g, g.tb.vhosts)...)
	}
	return append(b, '\n')
}

// lineLEEF writes a LEEF 2.0 record with '^' as the attribute delimiter.
func lineLEEF(g *gen, b []byte) []byte {
	u := g.userIdx()
	w := g.workstation()
	dst := g.server()
	b = g.clk.appendSyslog(b)
	b = append(b, ' ')
	b = append(b, dst.name...)
	b = append(b, " LEEF:2.0|Lancope|StealthWatch|7.4|"...)
	ok := g.pct(70)
	if ok {
		b = append(b, "UserLogon|^|cat=Authentication^devTime="...)
	} else {
		b = append(b, "LogonFailure|^|cat=Authentication^devTime="...)
	}
	b = g.clk.appendASA(b)
	b = append(b, '.')
	b = appendPad(b, g.clk.millis(), 3)
	b = append(b, "^devTimeFormat=MMM dd yyyy HH:mm:ss.SSS^src="...)
	b = appendIPv4(b, w.ip)
	b = append(b, "^srcPort="...)
	b = appendInt(b, g.ephemeral())
	b = append(b, "^srcMAC="...)
	b = appendMAC(b, w.mac, macColon)
	b = append(b, "^dst="...)
	b = appendIPv4(b, dst.ip)
	b = append(b, "^dstPort="...)
	b = appendInt(b, pick(g, inPorts))
	b = append(b, "^dstMAC="...)
	b = appendMAC(b, dst.mac, macColon)
	b = append(b, "^proto=TCP^usrName="...)
	b = append(b, g.users[u]...)
	b = append(b, "^domain="...)
	b = append(b, netbios...)
	b = append(b, "^identSrc="...)
	b = appendIPv4(b, w.ip)
	b = append(b, "^identHostName="...)
	b = append(b, w.fqdn...)
	b = append(b, "^sev="...)
	if ok {
		b = append(b, "1\n"...)
	} else {
		b = append(b, "6\n"...)
	}
	return b
}
