package main

// Firewall lines: iptables/UFW kernel messages, Fortinet FortiGate
// key=value, Cisco ASA and Palo Alto PAN-OS CSV traffic.

// netEvent is one connection, shared by the firewall lines and the ECS
// network record.
type netEvent struct {
	src, dst       uint32
	sport, dport   int
	proto          string // TCP, UDP, ICMP
	inbound        bool
	srcMAC, dstMAC uint64
	allow          bool
	fw             *host
	u              int
	bytesOut       int
	bytesIn        int
}

var (
	inPorts  = []int{22, 22, 22, 443, 443, 80, 3389, 3389, 445, 23, 25, 8080, 3306, 5432, 1433, 5900, 6379, 9200}
	outPorts = []int{443, 443, 443, 443, 80, 80, 53, 53, 123, 22, 993, 587, 8443, 3478}
)

func (g *gen) newNet() netEvent {
	e := netEvent{fw: g.firewall(), u: g.userIdx(), sport: g.ephemeral()}
	w := g.workstation()
	if g.pct(45) {
		e.inbound = true
		e.src, e.dst = g.pubIP(), g.server().ip
		e.dport = pick(g, inPorts)
		e.srcMAC, e.dstMAC = e.fw.mac, g.servers[0].mac
		e.allow = g.pct(30)
	} else {
		e.src, e.dst = w.ip, g.pubIP()
		e.dport = pick(g, outPorts)
		e.srcMAC, e.dstMAC = w.mac, e.fw.mac
		e.allow = g.pct(90)
	}
	switch {
	case e.dport == 53 || e.dport == 123 || e.dport == 3478:
		e.proto = "UDP"
	case g.pct(3):
		e.proto = "ICMP"
	default:
		e.proto = "TCP"
	}
	e.bytesOut = 60 + g.intn(20_000)
	e.bytesIn = 60 + g.intn(400_000)
	return e
}

// newNetIf returns newNet() when the line prints the connection, else
// only a firewall, a user and a port, so that no pool draw is wasted (the
// tail cursor then reaches every address).
func (g *gen) newNetIf(full bool) netEvent {
	if full {
		return g.newNet()
	}
	return netEvent{fw: g.firewall(), u: g.userIdx(), sport: g.ephemeral(), proto: "TCP"}
}

func protoNum(p string) int {
	switch p {
	case "UDP":
		return 17
	case "ICMP":
		return 1
	}
	return 6
}

var ufwPrefixes = []string{"[UFW BLOCK] ", "[UFW BLOCK] ", "[UFW ALLOW] ", "[UFW AUDIT] ", "IPTABLES-DROP: ", ""}

// appendIptables appends the kernel message, without the syslog header.
func (g *gen) appendIptablesMsg(b []byte, e *netEvent) []byte {
	up := g.clk.ns - g.boot
	b = append(b, '[')
	b = appendInt(b, int(up/1e9))
	b = append(b, '.')
	b = appendPad(b, int(up%1e9/1e3), 6)
	b = append(b, "] "...)
	if e.allow {
		b = append(b, "[UFW ALLOW] "...)
	} else {
		b = append(b, pick(g, ufwPrefixes)...)
	}
	b = append(b, "IN=eth0 OUT= MAC="...)
	b = appendMAC(b, e.dstMAC, macColon)
	b = append(b, ':')
	b = appendMAC(b, e.srcMAC, macColon)
	b = append(b, ":08:00 SRC="...)
	b = appendIPv4(b, e.src)
	b = append(b, " DST="...)
	b = appendIPv4(b, e.dst)
	b = append(b, " LEN="...)
	b = appendInt(b, 40+g.intn(1460))
	b = append(b, " TOS=0x00 PREC=0x00 TTL="...)
	b = appendInt(b, 40+g.intn(88))
	b = append(b, " ID="...)
	b = appendInt(b, g.intn(65536))
	if e.proto == "TCP" {
		b = append(b, " DF"...)
	}
	b = append(b, " PROTO="...)
	b = append(b, e.proto...)
	switch e.proto {
	case "ICMP":
		b = append(b, " TYPE=8 CODE=0 ID="...)
		b = appendInt(b, g.intn(65536))
		b = append(b, " SEQ="...)
		b = appendInt(b, 1+g.intn(100))
	case "UDP":
		b = append(b, " SPT="...)
		b = appendInt(b, e.sport)
		b = append(b, " DPT="...)
		b = appendInt(b, e.dport)
		b = append(b, " LEN="...)
		b = appendInt(b, 8+g.intn(512))
	default:
		b = append(b, " SPT="...)
		b = appendInt(b, e.sport)
		b = append(b, " DPT="...)
		b = appendInt(b, e.dport)
		b = append(b, " WINDOW="...)
		b = appendInt(b, 1024+g.intn(64000))
		b = append(b, " RES=0x00 SYN URGP=0"...)
	}
	return b
}

func (g *gen) appendIptablesLine(b []byte, e *netEvent) []byte {
	b = g.hdr(b, e.fw.name, "kernel", 0)
	return g.appendIptablesMsg(b, e)
}

func lineIptables(g *gen, b []byte) []byte {
	e := g.newNet()
	return append(g.appendIptablesLine(b, &e), '\n')
}

var fortiServices = map[int]string{22: "SSH", 443: "HTTPS", 80: "HTTP", 53: "DNS", 3389: "RDP", 445: "SMB", 25: "SMTP", 123: "NTP"}

// lineFortinet writes FortiGate traffic, VPN and admin-login events.
func lineFortinet(g *gen, b []byte) []byte {
	r := g.intn(100)
	e := g.newNetIf(r < 75)
	b = append(b, "<189>date="...)
	b = g.clk.appendDate(b, '-')
	b = append(b, " time="...)
	b = g.clk.appendHMS(b)
	b = append(b, " devname=\""...)
	b = append(b, e.fw.name...)
	b = append(b, "\" devid=\"FG100F"...)
	b = appendHexUpper(b, e.fw.mac, 10)
	b = append(b, "\" eventtime="...)
	b = appendInt(b, int(g.clk.ns))
	b = append(b, " tz=\"+0000\" "...)
	user := g.users[e.u]
	switch {
	case r < 75:
		b = append(b, `logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=`...)
		b = appendIPv4(b, e.src)
		b = append(b, " srcport="...)
		b = appendInt(b, e.sport)
		if e.inbound {
			b = append(b, ` srcintf="wan1" srcintfrole="wan" dstip=`...)
		} else {
			b = append(b, ` srcintf="port1" srcintfrole="lan" dstip=`...)
		}
		b = appendIPv4(b, e.dst)
		b = append(b, " dstport="...)
		b = appendInt(b, e.dport)
		if e.inbound {
			b = append(b, ` dstintf="port1" dstintfrole="lan"`...)
		} else {
			b = append(b, ` dstintf="wan1" dstintfrole="wan"`...)
		}
		b = append(b, " sessionid="...)
		b = appendInt(b, int(g.nextConn()))
		b = append(b, " proto="...)
		b = appendInt(b, protoNum(e.proto))
		if e.allow {
			b = append(b, ` action="accept" policyid=`...)
		} else {
			b = append(b, ` action="deny" policyid=`...)
		}
		b = appendInt(b, 1+g.intn(40))
		b = append(b, ` policytype="policy" service="`...)
		if s, ok := fortiServices[e.dport]; ok {
			b = append(b, s...)
		} else {
			b = append(b, "tcp/"...)
			b = appendInt(b, e.dport)
		}
		b = append(b, `" duration=`...)
		b = appendInt(b, g.intn(3600))
		b = append(b, " sentbyte="...)
		b = appendInt(b, e.bytesOut)
		b = append(b, " rcvdbyte="...)
		b = appendInt(b, e.bytesIn)
		if !e.inbound {
			b = append(b, ` user="`...)
			b = append(b, user...)
			b = append(b, `" srcmac="`...)
			b = appendMAC(b, e.srcMAC, macColon)
			b = append(b, `" srchwvendor="VMware" hostname="`...)
			b = append(b, pick(g, g.tb.domains)...)
			b = append(b, '"')
		}
	case r < 88:
		b = append(b, `logid="0101039947" type="event" subtype="vpn" level="information" vd="root" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=`...)
		b = appendInt(b, int(g.nextConn()))
		b = append(b, " remip="...)
		b = appendIPv4(b, g.pubIP())
		b = append(b, ` user="`...)
		b = append(b, user...)
		b = append(b, `" group="vpn-users" dst_host="N/A" reason="N/A" msg="SSL tunnel established" tunnelip=`...)
		b = appendIPv4(b, g.privIP())
	default:
		ip := g.privIP()
		ok := g.pct(60)
		b = append(b, `logid="010003200`...)
		if ok {
			b = append(b, `1" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" user="`...)
		} else {
			b = append(b, `2" type="event" subtype="system" level="alert" vd="root" logdesc="Admin login failed" user="`...)
		}
		b = append(b, user...)
		b = append(b, `" ui="https(`...)
		b = appendIPv4(b, ip)
		b = append(b, `)" method="https" srcip=`...)
		b = appendIPv4(b, ip)
		b = append(b, " dstip="...)
		b = appendIPv4(b, e.fw.ip)
		b = append(b, ` action="login" msg="Administrator `...)
		b = append(b, user...)
		if ok {
			b = append(b, " logged in successfully from https("...)
		} else {
			b = append(b, " login failed from https("...)
		}
		b = appendIPv4(b, ip)
		b = append(b, `)"`...)
	}
	return append(b, '\n')
}

// lineASA writes Cisco ASA connection, deny and authentication messages.
func lineASA(g *gen, b []byte) []byte {
	r := g.intn(100)
	e := g.newNetIf(r < 85)
	b = append(b, "<166>"...)
	b = g.clk.appendASA(b)
	b = append(b, ' ')
	b = append(b, e.fw.name...)
	b = append(b, " : "...)
	user := g.users[g.userIdx()]
	proto := "TCP"
	if e.proto == "UDP" {
		proto = "UDP"
	}
	srcIf, dstIf := "inside", "outside"
	if e.inbound {
		srcIf, dstIf = "outside", "inside"
	}
	switch {
	case r < 35:
		b = append(b, "%ASA-6-302013: Built "...)
		if e.inbound {
			b = append(b, "inbound "...)
		} else {
			b = append(b, "outbound "...)
		}
		b = append(b, proto...)
		b = append(b, " connection "...)
		b = appendInt(b, int(g.nextConn()))
		b = append(b, " for "...)
		b = appendEndpoint(b, srcIf, e.src, e.sport)
		b = append(b, " ("...)
		b = appendAddrPort(b, e.src, e.sport)
		b = append(b, ") to "...)
		b = appendEndpoint(b, dstIf, e.dst, e.dport)
		b = append(b, " ("...)
		b = appendAddrPort(b, e.dst, e.dport)
		b = append(b, ')')
		if g.pct(20) {
			b = append(b, " ("...)
			b = append(b, user...)
			b = append(b, ')')
		}
	case r < 65:
		b = append(b, "%ASA-6-302014: Teardown "...)
		b = append(b, proto...)
		b = append(b, " connection "...)
		b = appendInt(b, int(g.nextConn()))
		b = append(b, " for "...)
		b = appendEndpoint(b, srcIf, e.src, e.sport)
		b = append(b, " to "...)
		b = appendEndpoint(b, dstIf, e.dst, e.dport)
		b = append(b, " duration 0:"...)
		b = appendPad(b, g.intn(60), 2)
		b = append(b, ':')
		b = appendPad(b, g.intn(60), 2)
		b = append(b, " bytes "...)
		b = appendInt(b, e.bytesIn)
		b = append(b, " TCP FINs"...)
	case r < 85:
		b = append(b, "%ASA-4-106023: Deny "...)
		if proto == "TCP" {
			b = append(b, "tcp src "...)
		} else {
			b = append(b, "udp src "...)
		}
		b = appendEndpoint(b, srcIf, e.src, e.sport)
		b = append(b, " dst "...)
		b = appendEndpoint(b, dstIf, e.dst, e.dport)
		b = append(b, ` by access-group "`...)
		b = append(b, srcIf...)
		b = append(b, `_access_in" [0x`...)
		b = appendHex(b, g.u64(), 8)
		b = append(b, ", 0x0]"...)
	case r < 92:
		b = append(b, "%ASA-6-113004: AAA user authentication Successful : server =  "...)
		b = appendIPv4(b, g.servers[4%len(g.servers)].ip)
		b = append(b, " : user = "...)
		b = append(b, user...)
	case r < 96:
		b = append(b, "%ASA-4-722051: Group <GroupPolicy_VPN> User <"...)
		b = append(b, user...)
		b = append(b, "> IP <"...)
		b = appendIPv4(b, g.pubIP())
		b = append(b, "> IPv4 Address <"...)
		b = appendIPv4(b, g.privIP())
		b = append(b, "> IPv6 address <::> assigned to session"...)
	case r < 98:
		w := g.workstation()
		b = append(b, "%ASA-4-405001: Received ARP response collision from "...)
		b = appendIPv4(b, w.ip)
		b = append(b, '/')
		b = appendMAC(b, g.mac(), macCisco)
		b = append(b, " on interface inside with existing ARP entry "...)
		b = appendIPv4(b, w.ip)
		b = append(b, '/')
		b = appendMAC(b, w.mac, macCisco)
	default:
		b = append(b, "%ASA-6-605005: Login permitted from "...)
		b = appendIPv4(b, g.privIP())
		b = append(b, '/')
		b = appendInt(b, e.sport)
		b = append(b, " to inside:"...)
		b = appendIPv4(b, e.fw.ip)
		b = append(b, `/ssh for user "`...)
		b = append(b, user...)
		b = append(b, '"')
	}
	return append(b, '\n')
}

var panApps = []string{"ssl", "web-browsing", "dns", "ms-office365", "ssh", "ms-rdp", "smb", "google-base", "slack-base", "zoom", "ntp", "incomplete"}

// linePANOS writes a PAN-OS TRAFFIC log in CSV behind a syslog header.
func linePANOS(g *gen, b []byte) []byte {
	e := g.newNet()
	b = append(b, "<14>"...)
	b = g.clk.appendSyslog(b)
	b = append(b, ' ')
	b = append(b, e.fw.name...)
	b = append(b, " 1,"...)
	b = g.clk.appendDate(b, '/')
	b = append(b, ' ')
	b = g.clk.appendHMS(b)
	b = append(b, ",0123456789"...)
	b = appendInt(b, int(e.fw.mac&0xff))
	b = append(b, ",TRAFFIC,end,2561,"...)
	b = g.clk.appendDate(b, '/')
	b = append(b, ' ')
	b = g.clk.appendHMS(b)
	b = append(b, ',')
	b = appendIPv4(b, e.src)
	b = append(b, ',')
	b = appendIPv4(b, e.dst)
	b = append(b, ',')
	if !e.inbound {
		b = appendIPv4(b, e.fw.ip)
	} else {
		b = append(b, "0.0.0.0"...)
	}
	b = append(b, ",0.0.0.0,"...)
	if e.inbound {
		b = append(b, "inbound-dmz,,"...)
	} else {
		b = append(b, "outbound-web,"...)
		b = append(b, "corp\\"...)
		b = append(b, g.users[e.u]...)
	}
	b = append(b, ",,"...)
	b = append(b, pick(g, panApps)...)
	b = append(b, ",vsys1,"...)
	if e.inbound {
		b = append(b, "untrust,dmz,ethernet1/1,ethernet1/3,"...)
	} else {
		b = append(b, "trust,untrust,ethernet1/2,ethernet1/1,"...)
	}
	b = append(b, "Log-Forwarding,"...)
	b = g.clk.appendDate(b, '/')
	b = append(b, ' ')
	b = g.clk.appendHMS(b)
	b = append(b, ',')
	b = appendInt(b, int(g.nextConn()))
	b = append(b, ",1,"...)
	b = appendInt(b, e.sport)
	b = append(b, ',')
	b = appendInt(b, e.dport)
	b = append(b, ',')
	if !e.inbound {
		b = appendInt(b, g.ephemeral())
	} else {
		b = append(b, '0')
	}
	b = append(b, ",0,0x400019,"...)
	switch e.proto {
	case "UDP":
		b = append(b, "udp"...)
	case "ICMP":
		b = append(b, "icmp"...)
	default:
		b = append(b, "tcp"...)
	}
	if e.allow {
		b = append(b, ",allow,"...)
	} else {
		b = append(b, ",deny,"...)
	}
	b = appendInt(b, e.bytesIn+e.bytesOut)
	b = append(b, ',')
	b = appendInt(b, e.bytesOut)
	b = append(b, ',')
	b = appendInt(b, e.bytesIn)
	b = append(b, ',')
	b = appendInt(b, 2+g.intn(400))
	b = append(b, ',')
	b = g.clk.appendDate(b, '/')
	b = append(b, ' ')
	b = g.clk.appendHMS(b)
	b = append(b, ',')
	b = appendInt(b, g.intn(600))
	b = append(b, ",computer-and-internet-info,0,"...)
	b = appendInt(b, int(g.nextConn())*7)
	b = append(b, ",0x8000000000000000,10.0.0.0-10.255.255.255,United States,0,"...)
	b = appendInt(b, 1+g.intn(200))
	b = append(b, ',')
	b = appendInt(b, 1+g.intn(200))
	b = append(b, ",tcp-fin,0,0,0,0,,"...)
	b = append(b, e.fw.name...)
	return append(b, ",from-policy,,,0,,0,,N/A\n"...)
}
