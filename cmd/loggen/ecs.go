package main

// ECS NDJSON records: one JSON object per line, as Filebeat or Elastic
// Agent would ship them, with the raw line in event.original, free text in
// message, and related.ip / related.user / related.hosts arrays.

const ecsVersion = `{"ecs":{"version":"8.11.0"},"@timestamp":"`

func lineECS(g *gen, b []byte) []byte {
	switch r := g.intn(100); {
	case r < 35:
		b = g.ecsAuth(b)
	case r < 65:
		b = g.ecsWeb(b)
	case r < 85:
		b = g.ecsNet(b)
	default:
		b = g.ecsWin(b)
	}
	return append(b, "}\n"...)
}

func (g *gen) ecsStart(b []byte) []byte {
	b = append(b, ecsVersion...)
	b = g.clk.appendISO(b, 3)
	return append(b, '"')
}

func (g *gen) ecsHost(b []byte, h *host) []byte {
	b = append(b, `,"host":{"name":`...)
	b = appendJSON(b, h.name)
	b = append(b, `,"hostname":`...)
	b = appendJSON(b, h.fqdn)
	b = append(b, `,"ip":["`...)
	b = appendIPv4(b, h.ip)
	b = append(b, `"],"mac":["`...)
	b = appendMAC(b, h.mac, macDash)
	return append(b, `"]}`...)
}

func (g *gen) ecsAuth(b []byte) []byte {
	e := g.newAuth(true)
	g.orig = g.appendSSHLine(g.orig[:0], &e)
	g.emsg = g.appendSSHMsg(g.emsg[:0], &e)
	b = g.ecsStart(b)
	b = append(b, `,"event":{"kind":"event","category":["authentication"],"action":"ssh_login","dataset":"system.auth","outcome":"`...)
	if e.success() {
		b = append(b, `success"`...)
	} else {
		b = append(b, `failure"`...)
	}
	b = append(b, `,"original":`...)
	b = appendJSON(b, g.orig)
	b = append(b, `},"log":{"file":{"path":"/var/log/auth.log"}}`...)
	b = g.ecsHost(b, e.host)
	b = append(b, `,"process":{"name":"sshd","pid":`...)
	b = appendInt(b, e.pid)
	b = append(b, `},"source":{"ip":"`...)
	b = e.appendAddr(b)
	b = append(b, `","port":`...)
	b = appendInt(b, e.port)
	b = append(b, `},"destination":{"ip":"`...)
	b = appendIPv4(b, e.host.ip)
	b = append(b, `","port":22},"user":{"name":`...)
	b = appendJSON(b, e.user)
	b = append(b, `},"related":{"ip":["`...)
	b = e.appendAddr(b)
	b = append(b, `","`...)
	b = appendIPv4(b, e.host.ip)
	b = append(b, `"],"user":[`...)
	b = appendJSON(b, e.user)
	b = append(b, `],"hosts":[`...)
	b = appendJSON(b, e.host.name)
	b = append(b, `]},"message":`...)
	return appendJSON(b, g.emsg)
}

func (g *gen) ecsWeb(b []byte) []byte {
	e := g.newWeb()
	g.orig = g.appendWebLine(g.orig[:0], &e)
	srv := g.server()
	b = g.ecsStart(b)
	b = append(b, `,"event":{"kind":"event","category":["web"],"type":["access"],"dataset":"`...)
	if e.vhost != "" {
		b = append(b, `apache.access","outcome":"`...)
	} else {
		b = append(b, `nginx.access","outcome":"`...)
	}
	if e.status < 400 {
		b = append(b, `success"`...)
	} else {
		b = append(b, `failure"`...)
	}
	b = append(b, `,"original":`...)
	b = appendJSON(b, g.orig)
	b = append(b, `}`...)
	b = g.ecsHost(b, srv)
	b = append(b, `,"source":{"ip":"`...)
	b = e.appendClient(b)
	b = append(b, `"},"destination":{"ip":"`...)
	b = appendIPv4(b, srv.ip)
	b = append(b, `","port":443},"url":{"original":`...)
	b = appendJSON(b, e.url)
	if e.vhost != "" {
		b = append(b, `,"domain":`...)
		b = appendJSON(b, e.vhost)
	}
	b = append(b, `},"http":{"request":{"method":"`...)
	b = append(b, e.method...)
	b = append(b, `"`...)
	if len(e.ref) > 1 {
		b = append(b, `,"referrer":`...)
		b = appendJSON(b, e.ref)
	}
	b = append(b, `},"response":{"status_code":`...)
	b = appendInt(b, e.status)
	b = append(b, `,"body":{"bytes":`...)
	b = appendInt(b, e.size)
	b = append(b, `}}},"user_agent":{"original":`...)
	b = appendJSON(b, e.agent)
	b = append(b, `}`...)
	if e.auth != "-" {
		b = append(b, `,"user":{"name":`...)
		g.scratch = e.appendAuth(g.scratch[:0])
		b = appendJSON(b, g.scratch)
		b = append(b, `}`...)
	}
	b = append(b, `,"related":{"ip":["`...)
	b = e.appendClient(b)
	b = append(b, `","`...)
	b = appendIPv4(b, srv.ip)
	b = append(b, `"]`...)
	if e.auth != "-" {
		b = append(b, `,"user":[`...)
		g.scratch = e.appendAuth(g.scratch[:0])
		b = appendJSON(b, g.scratch)
		b = append(b, `]`...)
	}
	b = append(b, `},"message":`...)
	g.emsg = append(g.emsg[:0], e.method...)
	g.emsg = append(g.emsg, ' ')
	g.emsg = append(g.emsg, e.url...)
	g.emsg = append(g.emsg, " from "...)
	g.emsg = e.appendClient(g.emsg)
	if e.auth != "-" {
		g.emsg = append(g.emsg, " by user "...)
		g.emsg = e.appendAuth(g.emsg)
	}
	g.emsg = append(g.emsg, " returned "...)
	g.emsg = appendInt(g.emsg, e.status)
	return appendJSON(b, g.emsg)
}

func (g *gen) ecsNet(b []byte) []byte {
	e := g.newNet()
	g.orig = g.appendIptablesLine(g.orig[:0], &e)
	b = g.ecsStart(b)
	b = append(b, `,"event":{"kind":"event","category":["network"],"type":["connection","`...)
	if e.allow {
		b = append(b, `allowed"],"action":"ufw-allow"`...)
	} else {
		b = append(b, `denied"],"action":"ufw-block"`...)
	}
	b = append(b, `,"dataset":"iptables.log","original":`...)
	b = appendJSON(b, g.orig)
	b = append(b, `},"observer":{"hostname":`...)
	b = appendJSON(b, e.fw.name)
	b = append(b, `,"type":"firewall","ingress":{"interface":{"name":"eth0"}}},"source":{"ip":"`...)
	b = appendIPv4(b, e.src)
	b = append(b, `","port":`...)
	b = appendInt(b, e.sport)
	b = append(b, `,"mac":"`...)
	b = appendMAC(b, e.srcMAC, macDash)
	b = append(b, `"},"destination":{"ip":"`...)
	b = appendIPv4(b, e.dst)
	b = append(b, `","port":`...)
	b = appendInt(b, e.dport)
	b = append(b, `,"mac":"`...)
	b = appendMAC(b, e.dstMAC, macDash)
	b = append(b, `"},"network":{"transport":"`...)
	switch e.proto {
	case "UDP":
		b = append(b, "udp"...)
	case "ICMP":
		b = append(b, "icmp"...)
	default:
		b = append(b, "tcp"...)
	}
	if e.inbound {
		b = append(b, `","direction":"inbound"}`...)
	} else {
		b = append(b, `","direction":"outbound"}`...)
	}
	b = append(b, `,"related":{"ip":["`...)
	b = appendIPv4(b, e.src)
	b = append(b, `","`...)
	b = appendIPv4(b, e.dst)
	b = append(b, `"]},"message":"`...)
	if e.allow {
		b = append(b, "Allowed "...)
	} else {
		b = append(b, "Blocked "...)
	}
	b = append(b, e.proto...)
	b = append(b, " connection from "...)
	b = appendIPv4(b, e.src)
	b = append(b, ':')
	b = appendInt(b, e.sport)
	b = append(b, " to "...)
	b = appendIPv4(b, e.dst)
	b = append(b, ':')
	b = appendInt(b, e.dport)
	b = append(b, " on "...)
	b = append(b, e.fw.name...)
	return append(b, '"')
}

func (g *gen) ecsWin(b []byte) []byte {
	e := g.newWin()
	g.orig = g.appendWinLine(g.orig[:0], &e)
	user := e.name
	b = g.ecsStart(b)
	b = append(b, `,"event":{"kind":"event","code":"`...)
	b = appendInt(b, e.id)
	b = append(b, `","provider":"Microsoft-Windows-Security-Auditing","category":["`...)
	switch e.id {
	case 4688:
		b = append(b, `process"],"type":["start"]`...)
	case 4720, 4740:
		b = append(b, `iam"],"type":["user"]`...)
	default:
		b = append(b, `authentication"],"type":["start"]`...)
	}
	b = append(b, `,"outcome":"`...)
	if e.id == 4625 || e.id == 4740 {
		b = append(b, `failure"`...)
	} else {
		b = append(b, `success"`...)
	}
	b = append(b, `,"original":`...)
	b = appendJSON(b, g.orig)
	b = append(b, `},"winlog":{"channel":"Security","computer_name":`...)
	b = appendJSON(b, e.host.fqdn)
	b = append(b, `}`...)
	b = g.ecsHost(b, e.host)
	b = append(b, `,"user":{"name":`...)
	b = appendJSON(b, user)
	b = append(b, `,"domain":"`+netbios+`","id":"`...)
	b = g.appendSID(b, e.u)
	b = append(b, `"}`...)
	if e.id == 4688 {
		b = append(b, `,"process":{"executable":`...)
		b = appendJSON(b, e.exe)
		b = append(b, `,"command_line":`...)
		b = appendJSON(b, e.cmd)
		b = append(b, `,"parent":{"executable":"C:\\Windows\\explorer.exe"}}`...)
	} else {
		b = append(b, `,"source":{"ip":"`...)
		b = appendIPv4(b, e.src)
		b = append(b, `"}`...)
	}
	b = append(b, `,"related":{"ip":["`...)
	b = appendIPv4(b, e.src)
	b = append(b, `","`...)
	b = appendIPv4(b, e.host.ip)
	b = append(b, `"],"user":[`...)
	b = appendJSON(b, user)
	b = append(b, `],"hosts":[`...)
	b = appendJSON(b, e.host.name)
	b = append(b, `]},"message":`...)
	g.emsg = append(g.emsg[:0], "Event "...)
	g.emsg = appendInt(g.emsg, e.id)
	g.emsg = append(g.emsg, " for "+netbios+"\\"...)
	g.emsg = append(g.emsg, user...)
	g.emsg = append(g.emsg, " on "...)
	g.emsg = append(g.emsg, e.host.name...)
	if e.id == 4688 {
		g.emsg = append(g.emsg, ": "...)
		g.emsg = append(g.emsg, e.cmd...)
	} else {
		g.emsg = append(g.emsg, " from "...)
		g.emsg = appendIPv4(g.emsg, e.src)
	}
	return appendJSON(b, g.emsg)
}
