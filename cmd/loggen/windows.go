package main

// Windows Security events, flattened to one line the way agents such as
// NXLog and Snare forward them: timestamp, computer, provider, event id,
// then the rendered message with its "Label: value" pairs.

// winEvent carries the values of a Windows event that an ECS process
// record repeats.
type winEvent struct {
	id       int
	host     *host
	u        int
	name     string // account name: users[u], or a machine account
	src      uint32
	exe, cmd []byte // 4688 only
}

func (g *gen) appendSID(b []byte, u int) []byte {
	b = append(b, g.sidPrefix...)
	return appendInt(b, 1100+u)
}

func (g *gen) appendWinHeader(b []byte, h *host, id int) []byte {
	b = g.clk.appendISO(b, 3)
	b = append(b, ' ')
	b = append(b, h.fqdn...)
	b = append(b, " Microsoft-Windows-Security-Auditing "...)
	b = appendInt(b, id)
	return append(b, ' ')
}

// appendSubjectMachine appends the "Subject:" block for the machine account.
func (g *gen) appendSubjectMachine(b []byte, h *host) []byte {
	b = append(b, " Subject: Security ID: S-1-5-18 Account Name: "...)
	b = append(b, h.acct...)
	b = append(b, " Account Domain: "+netbios+" Logon ID: 0x3E7"...)
	return b
}

func (g *gen) appendSubjectUser(b []byte, label string, u int) []byte {
	b = append(b, label...)
	b = append(b, " Security ID: "...)
	b = g.appendSID(b, u)
	b = append(b, " Account Name: "...)
	b = append(b, g.users[u]...)
	b = append(b, " Account Domain: "+netbios+" Logon ID: 0x"...)
	return appendHexUpper(b, g.u64(), 6)
}

var logonTypes = []int{2, 3, 3, 3, 10, 7}

var winIDs = []int{4624, 4624, 4624, 4624, 4625, 4625, 4634, 4634, 4672, 4688, 4688, 4768, 4776, 4720, 4740}

func (g *gen) newWin() winEvent {
	e := winEvent{id: pick(g, winIDs), u: g.userIdx()}
	e.name = g.users[e.u]
	if (e.id == 4624 || e.id == 4634 || e.id == 4768) && g.pct(15) {
		e.name = g.workstation().acct
	}
	if e.id == 4688 || e.id == 4634 {
		e.host = g.workstation()
	} else {
		e.host = &g.servers[4%len(g.servers)] // the domain controller
	}
	if e.id == 4625 && g.pct(50) {
		e.src = g.pubIP()
	} else {
		e.src = g.workstation().ip
	}
	if e.id == 4688 {
		g.scratch = g.appendTmpl(g.scratch[:0], pick(g, g.tb.winPaths), e.u)
		e.exe = g.scratch
		g.msg = append(g.msg[:0], '"')
		g.msg = append(g.msg, e.exe...)
		g.msg = append(g.msg, "\" "...)
		g.msg = g.appendTmpl(g.msg, pick(g, g.tb.files), e.u)
		e.cmd = g.msg
	}
	return e
}

func (g *gen) appendWinLine(b []byte, e *winEvent) []byte {
	h, u := e.host, e.u
	b = g.appendWinHeader(b, h, e.id)
	switch e.id {
	case 4624, 4625:
		if e.id == 4624 {
			b = append(b, "An account was successfully logged on."...)
		} else {
			b = append(b, "An account failed to log on."...)
		}
		b = g.appendSubjectMachine(b, h)
		b = append(b, " Logon Information: Logon Type: "...)
		b = appendInt(b, pick(g, logonTypes))
		if e.id == 4624 {
			b = append(b, " New Logon: Security ID: "...)
			b = g.appendSID(b, u)
		} else {
			b = append(b, " Account For Which Logon Failed: Security ID: S-1-0-0"...)
		}
		b = append(b, " Account Name: "...)
		b = append(b, e.name...)
		b = append(b, " Account Domain: "...)
		b = append(b, netbios...)
		if e.id == 4624 {
			b = append(b, " Logon ID: 0x"...)
			b = appendHexUpper(b, g.u64(), 7)
		} else {
			b = append(b, " Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A"...)
		}
		b = append(b, " Network Information: Workstation Name: "...)
		b = append(b, g.workstation().name...)
		b = append(b, " Source Network Address: "...)
		b = appendIPv4(b, e.src)
		b = append(b, " Source Port: "...)
		b = appendInt(b, g.ephemeral())
		b = append(b, " Detailed Authentication Information: Logon Process: NtLmSsp Authentication Package: NTLM"...)
	case 4634:
		b = append(b, "An account was logged off. Subject: Security ID: "...)
		b = g.appendSID(b, u)
		b = append(b, " Account Name: "...)
		b = append(b, e.name...)
		b = append(b, " Account Domain: "+netbios+" Logon ID: 0x"...)
		b = appendHexUpper(b, g.u64(), 7)
		b = append(b, " Logon Type: 3"...)
	case 4672:
		b = append(b, "Special privileges assigned to new logon."...)
		b = g.appendSubjectUser(b, " Subject:", u)
		b = append(b, " Privileges: SeSecurityPrivilege SeBackupPrivilege SeDebugPrivilege"...)
	case 4688:
		b = append(b, "A new process has been created."...)
		b = g.appendSubjectUser(b, " Creator Subject:", u)
		b = append(b, " Process Information: New Process ID: 0x"...)
		b = appendHex(b, g.u64(), 4)
		b = append(b, " New Process Name: "...)
		b = append(b, e.exe...)
		b = append(b, " Creator Process Name: C:\\Windows\\explorer.exe Process Command Line: "...)
		b = append(b, e.cmd...)
	case 4768:
		b = append(b, "A Kerberos authentication ticket (TGT) was requested. Account Information: Account Name: "...)
		b = append(b, e.name...)
		b = append(b, " Supplied Realm Name: "+realm+" User ID: "...)
		b = g.appendSID(b, u)
		b = append(b, " Service Information: Service Name: krbtgt Network Information: Client Address: ::ffff:"...)
		b = appendIPv4(b, e.src)
		b = append(b, " Client Port: "...)
		b = appendInt(b, g.ephemeral())
		b = append(b, " Result Code: 0x0"...)
	case 4776:
		b = append(b, "The computer attempted to validate the credentials for an account. Authentication Package: MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: "...)
		b = append(b, g.users[u]...)
		b = append(b, " Source Workstation: "...)
		b = append(b, g.workstation().name...)
		b = append(b, " Error Code: 0x0"...)
	case 4720:
		b = append(b, "A user account was created."...)
		b = g.appendSubjectUser(b, " Subject:", g.userIdx())
		b = append(b, " New Account: Security ID: "...)
		b = g.appendSID(b, u)
		b = append(b, " Account Name: "...)
		b = append(b, g.users[u]...)
		b = append(b, " Account Domain: "+netbios+" Attributes: SAM Account Name: "...)
		b = append(b, g.users[u]...)
		b = append(b, " User Principal Name: "...)
		b = g.appendCorpEmail(b, u)
		b = append(b, " Home Directory: \\\\fs01."+corpDomain+"\\home\\"...)
		b = append(b, g.users[u]...)
	default: // 4740
		b = append(b, "A user account was locked out."...)
		b = g.appendSubjectMachine(b, h)
		b = append(b, " Account That Was Locked Out: Security ID: "...)
		b = g.appendSID(b, u)
		b = append(b, " Account Name: "...)
		b = append(b, g.users[u]...)
		b = append(b, " Additional Information: Caller Computer Name: "...)
		b = append(b, g.workstation().name...)
	}
	return b
}

func lineWindows(g *gen, b []byte) []byte {
	e := g.newWin()
	return append(g.appendWinLine(b, &e), '\n')
}
