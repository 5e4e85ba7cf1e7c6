package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Database audit logs written by position, without keys, in the layouts the products ship
// by default:
//   - Amazon Redshift's connection log: event | recordtime | remotehost | remoteport | pid
//     | dbname | username | authmethod | duration | sslversion | ..., each field padded
//     with blanks ("authenticated  |Tue, 11 Mar 2025 09:00:48:315|::ffff:10.50.8.41 |...");
//     IAM users are written IAM:name or IAMA:name.
//   - MariaDB's server_audit plugin: timestamp,serverhost,username,host,connectionid,
//     queryid,operation,database,object,retcode, the object a statement quoted with '
//     (20250311 09:40:03,mdb-crm-01,jvirtanen,10.44.2.17,1187,0,CONNECT,asiakas,,0).
//   - Neo4j's query.log: the database and the user after the connection's details.
//   - the Half-Life log format of Source games' servers: players as "NAME<UID><STEAMID><TEAM>".
// The user and the client's host are found there by position; the rest of the line,
// statements included, is scanned as text.

// neo4jQueryLine rewrites a line of Neo4j's query.log, and reports whether it was one: the
// connection's details end with "server/ADDRESS>", then a tab, the database, " - ", the
// user, " - ", the query (crm - mstewart - MATCH (c:Customer) ...).
func (w *worker) neo4jQueryLine(s []byte, base int) bool {
	srv := bytes.Index(s, []byte("\tserver/"))
	if srv < 0 || !bytes.Contains(s[:srv], []byte("-session\t")) {
		return false
	}
	gt := bytes.Index(s[srv:], []byte(">\t"))
	if gt < 0 {
		return false
	}
	db := srv + gt + 2
	dash := bytes.Index(s[db:min(len(s), db+128)], []byte(" - "))
	if dash <= 0 {
		return false
	}
	user := db + dash + 3
	end := bytes.Index(s[user:min(len(s), user+128)], []byte(" - "))
	if end <= 0 || !accountBytes(s[user:user+end]) {
		return false
	}
	var values []fieldValue
	if v := s[user : user+end]; hasLetter(v) && !wellKnownDBAccount(v) && !equalFold(v, "neo4j") {
		values = append(values, fieldValue{user, user + end, categories.Username, "user"})
	}
	w.rewriteFields(s, values, base)
	return true
}

// halfLifeLine rewrites a line of the Half-Life log format that Source games' servers
// write (L 11/14/2024 - 20:01:30: "NAME<UID><STEAMID><TEAM>" connected, ...), and reports
// whether it was one: each player's name is a login, the account number of a Steam id
// (STEAM_1:0:59136822, [U:1:118273644]) is mapped digit for digit.
func (w *worker) halfLifeLine(s []byte, base int) bool {
	if len(s) < 26 || s[0] != 'L' || s[1] != ' ' || s[4] != '/' || s[7] != '/' || !hasPrefixAt(s, 12, " - ") {
		return false
	}
	var values []fieldValue
	for k := 0; k < len(s); {
		q := bytes.IndexByte(s[k:], '"')
		if q < 0 {
			break
		}
		start := k + q + 1
		close := bytes.IndexByte(s[start:], '"')
		if close < 0 {
			break
		}
		end := start + close
		k = end + 1
		player := s[start:end]
		// NAME<UID><STEAMID><TEAM>: the name ends at the third '<' from the end.
		if len(player) < 8 || player[len(player)-1] != '>' || bytes.Count(player, []byte("<")) < 3 {
			continue
		}
		lt := len(player)
		for n := 0; n < 3; n++ {
			lt = bytes.LastIndexByte(player[:lt], '<')
			if lt < 0 {
				break
			}
		}
		if lt <= 0 {
			continue
		}
		uid := bytes.IndexByte(player[lt:], '>') + lt
		id := player[uid+2:]
		id = id[:bytes.IndexByte(id, '>')]
		if !isDigitsOnly(player[lt+1:uid]) || string(id) == "Console" || string(id) == "BOT" {
			continue // (the server's console, and bots, are no one)
		}
		values = append(values, fieldValue{start, start + lt, categories.Username, "player"})
		if c := bytes.LastIndexByte(id, ':'); c > 0 && (bytes.HasPrefix(id, []byte("STEAM_")) || bytes.HasPrefix(id, []byte("[U:"))) {
			tail := id[c+1:]
			if len(tail) > 0 && tail[len(tail)-1] == ']' {
				tail = tail[:len(tail)-1]
			}
			if isDigitsOnly(tail) && len(tail) >= 4 {
				at := start + uid + 2 + c + 1
				values = append(values, fieldValue{at, at + len(tail), categories.DeviceID, "steam id"})
			}
		}
	}
	if len(values) == 0 {
		return false
	}
	w.rewriteFields(s, values, base)
	return true
}

// redshiftEvents are the events that start a Redshift connection log line.
var redshiftEvents = [...]string{"authenticated", "initiating session", "disconnecting session",
	"authentication failure", "set application_name", "Set authentication method"}

// mariaDBOperations are server_audit's operations.
var mariaDBOperations = map[string]bool{"CONNECT": true, "DISCONNECT": true, "FAILED_CONNECT": true,
	"QUERY": true, "READ": true, "WRITE": true, "CREATE": true, "ALTER": true, "RENAME": true,
	"DROP": true, "CHANGEUSER": true, "QUERY_DDL": true, "QUERY_DML": true, "QUERY_DCL": true}

// auditLayoutLine rewrites s when it is a line of one of the layouts above, and reports
// whether it was.
func (w *worker) auditLayoutLine(s []byte, base int) bool {
	if len(s) < 30 {
		return false
	}
	if w.neo4jQueryLine(s, base) || w.halfLifeLine(s, base) || w.fixMessageLine(s, base) || w.amlMessageLine(s, base) || w.edifactLine(s, base) || w.x12Line(s, base) || w.zplLine(s, base) ||
		w.sip2MessageLine(s, base) {
		return true
	}
	if bytes.IndexByte(s[:min(len(s), 120)], '[') > 0 && bytes.Contains(s[:min(len(s), 120)], []byte("] total ")) && w.cupsPageLine(s, base) {
		return true
	}
	if s[0] >= '1' && s[0] <= '9' && (s[9] == '\t' || s[10] == '\t' || s[11] == '\t' || s[13] == '\t') {
		return w.teamViewerConnectionLine(s, base)
	}
	if s[0] == 'I' || s[0] == 'O' {
		return w.anyDeskConnectionLine(s, base)
	}
	if s[0] >= 'a' && s[0] <= 'z' || s[0] == 'S' {
		return w.redshiftConnectionLine(s, base)
	}
	if s[8] == ' ' && isDigitsOnly(s[:8]) && s[11] == ':' && s[17] == ',' {
		return w.mariaDBAuditLine(s, base)
	}
	if s[0] == '|' && s[3] == '.' && s[6] == '.' && s[11] == '|' && s[14] == ':' && s[20] == '|' {
		return w.sapSecurityAuditLine(s, 1, base)
	}
	if isDigit(s[0]) && s[2] == '.' && s[5] == '.' && s[10] == '|' && s[13] == ':' && s[19] == '|' {
		return w.sapSecurityAuditLine(s, 0, base)
	}
	if isDigit(s[0]) && s[2] == '.' && s[5] == '.' && s[10] == ' ' && s[13] == ':' && s[19] == ' ' {
		return w.sapSystemLogLine(s, base)
	}
	if isDigit(s[0]) && isDigit(s[1]) && s[2] == ',' && s[5] == '/' && s[8] == '/' && s[11] == ',' && s[14] == ':' && s[20] == ',' {
		return w.dhcpServerLogLine(s, base)
	}
	return false
}

// dhcpServerLogLine rewrites a line of the Windows DHCP server's audit log
// (DhcpSrvLog-Day.log: ID,Date,Time,Description,IP Address,Host Name,MAC Address,User
// Name,TransactionID,...) and reports whether it was one: the host, the MAC (twelve hex
// digits, no separators) and the user by position; the rest is scanned as text.
func (w *worker) dhcpServerLogLine(s []byte, base int) bool {
	var f [8]cdrField
	if cdrFields(s, f[:]) < 8 || !isDigitsOnly(s[f[0].start:f[0].end]) {
		return false
	}
	var values []fieldValue
	values = fieldIf(values, s, f[5], categories.Address, "DHCP host name", hasLetter)
	values = fieldIf(values, s, f[6], categories.MAC, "DHCP MAC address", func(v []byte) bool {
		_, _, ok := categories.ParseBareMAC(v)
		return ok
	})
	values = fieldIf(values, s, f[7], categories.Username, "DHCP user name", hasLetter)
	w.rewriteFields(s, values, base)
	return true
}

// sapSecurityAuditLine rewrites a line of SAP's Security Audit Log as SM20 and RSAU_READ_LOG
// export it, fields between bars from s[k] on, and reports whether it was one. The
// exports choose their columns (|DATE|TIME|INSTANCE|TYPE|WP|CLIENT|USER|TERMINAL|TCODE|
// PROGRAM|MSGID|TEXT|, with the peer's address after the terminal, or DATE|TIME|INSTANCE|
// CLIENT|USER|TERMINAL|TCODE|PROGRAM|MSGID|TEXT|PEER without bars at the ends): the
// client is the first field of three digits after the instance, the user and the
// terminal (a machine's name or address) follow it, and a message id comes after them.
// The instance's host (sapprd01 in sapprd01_PRD_00) is mapped too; the message's text
// and the rest are scanned.
func (w *worker) sapSecurityAuditLine(s []byte, k, base int) bool {
	var f [14]cdrField
	n := barFields(s, k, f[:])
	client := -1
	for c := 3; c < min(n, 6); c++ {
		if v := s[f[c].start:f[c].end]; len(v) == 3 && isDigitsOnly(v) && hasLetter(s[f[c+1].start:f[c+1].end]) {
			client = c // (a work process' number of three digits comes before it: DIA|003|100|JDOE)
			break
		}
	}
	if client < 0 || client+3 >= n {
		return false
	}
	msg := -1
	for m := client + 3; m < min(n, client+8); m++ {
		if sapAuditMessageID(s[f[m].start:f[m].end]) {
			msg = m
			break
		}
	}
	if msg < 0 {
		return false
	}
	var values []fieldValue
	if inst := f[2]; inst.end > inst.start {
		if us := bytes.IndexByte(s[inst.start:inst.end], '_'); us > 0 && hasLetter(s[inst.start:inst.start+us]) {
			values = append(values, fieldValue{inst.start, inst.start + us, categories.Hostname, "SAP instance host"})
		}
	}
	values = fieldIf(values, s, f[client+1], categories.Username, "SAP user", hasLetter)
	values = fieldIf(values, s, f[client+2], categories.Address, "SAP terminal", nil)
	w.rewriteFields(s, values, base)
	return true
}

// sapSystemLogLine rewrites a line of SAP's system log as SM21 exports it (DATE TIME
// INSTANCE TYPE WP CLIENT USER TCODE MSGID TEXT, padded with blanks: 12.03.2024 08:15:03
// sapprd01_PRD_00 DIA 003 100 JNOVAK PA20 AB0 Run-time error ...) and reports whether it
// was one: the instance's host and the user by position; the text is scanned.
func (w *worker) sapSystemLogLine(s []byte, base int) bool {
	var word [7]cdrField
	n, k := 0, 20
	for n < len(word) && k < len(s) {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		e := k
		for e < len(s) && s[e] != ' ' {
			e++
		}
		if e == k {
			break
		}
		word[n] = cdrField{k, e}
		n++
		k = e
	}
	if n < 5 {
		return false
	}
	inst, kind, wp, client, user := word[0], s[word[1].start:word[1].end], s[word[2].start:word[2].end], s[word[3].start:word[3].end], word[4]
	us := bytes.IndexByte(s[inst.start:inst.end], '_')
	if us <= 0 || !equalFoldAny(kind, "DIA", "BTC", "UPD", "UP2", "SPO", "ENQ", "RFC", "BGD", "GWY", "MS", "ICM") ||
		!isDigitsOnly(wp) || len(client) != 3 || !isDigitsOnly(client) {
		return false
	}
	var values []fieldValue
	values = append(values, fieldValue{inst.start, inst.start + us, categories.Hostname, "SAP instance host"})
	values = fieldIf(values, s, user, categories.Username, "SAP user", func(v []byte) bool { return hasLetter(v) && accountBytes(v) })
	w.rewriteFields(s, values, base)
	return true
}

// sapAuditMessageID reports a Security Audit Log message id: three capitals or digits,
// the first A, B, C, D, E, F or U (AU1, AUE, BU4, CUZ, DU9).
func sapAuditMessageID(v []byte) bool {
	return len(v) == 3 && v[0] >= 'A' && v[0] <= 'Z' && upperAlnum(v)
}

// hanaAuditFields rewrites the rest of a line from s[i] on when it is an entry of SAP
// HANA's audit trail written to syslog or a CSV file (TIMESTAMP;SERVICE;HOST;SID;
// INSTANCE;PORT;DATABASE;CLIENT_IP;CLIENT_HOST;CLIENT_PID;CLIENT_PORT;POLICY;LEVEL;
// ACTION;USER;SCHEMA;OBJECT;PRIVILEGE;GRANTABLE;ROLE;TARGET_USER;STATUS;...), and reports
// whether it was: the client's host, the acting and the target user by position; the
// rest, the executed statement too, is scanned as text.
func (w *worker) hanaAuditFields(s []byte, i, base int) bool {
	from := i
	if c := bytes.Index(s[i:min(len(s), i+64)], []byte(": ")); c >= 0 {
		i += c + 1 // after the syslog tag: HDB_HP1_00[48213]: 2024-11-18 08:01:02;...
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if len(s)-i < 60 || s[i+4] != '-' || s[i+10] != ' ' || s[i+19] != ';' || !isDigit(s[i]) {
		return false
	}
	var f [22]cdrField
	n, k := 0, i
	for n < len(f) && k <= len(s) {
		end := bytes.IndexByte(s[k:], ';')
		if end < 0 {
			end = len(s) - k
		}
		f[n] = cdrField{k, k + end}
		n++
		k += end + 1
	}
	if n < 22 || !equalFoldAny(s[f[1].start:f[1].end], "indexserver", "nameserver", "xsengine", "daemon", "dpserver", "compileserver") ||
		!equalFoldAny(s[f[12].start:f[12].end], "INFO", "WARNING", "ALERT", "CRITICAL", "EMERGENCY") {
		return false
	}
	var values []fieldValue
	values = fieldIf(values, s, f[8], categories.Address, "HANA client host", hasLetter)
	for _, u := range [...]int{14, 20} {
		values = fieldIf(values, s, f[u], categories.Username, "HANA user", func(v []byte) bool {
			return hasLetter(v) && !equalFoldAny(v, "SYSTEM", "_SYS_REPO")
		})
	}
	w.rewriteFieldsFrom(s, from, values, base)
	return true
}

func (w *worker) redshiftConnectionLine(s []byte, base int) bool {
	bar := bytes.IndexByte(s, '|')
	if bar < 0 {
		return false
	}
	event := bytes.TrimRight(s[:bar], " ")
	known := false
	for _, e := range redshiftEvents {
		known = known || string(event) == e
	}
	if !known {
		return false
	}
	var f [8]cdrField
	if barFields(s, 0, f[:]) < 8 {
		return false
	}
	user := f[6]
	if v := s[user.start:user.end]; bytes.HasPrefix(v, []byte("IAM:")) {
		user.start += 4
	} else if bytes.HasPrefix(v, []byte("IAMA:")) {
		user.start += 5
	}
	var values []fieldValue
	if v := s[user.start:user.end]; len(v) > 0 && accountBytes(v) && hasLetter(v) && !wellKnownDBAccount(v) {
		values = append(values, fieldValue{user.start, user.end, categories.Username, "username"})
	}
	w.rewriteFields(s, values, base)
	return true
}

func (w *worker) mariaDBAuditLine(s []byte, base int) bool {
	var f [8]cdrField
	if cdrFields(s, f[:]) < 8 || !mariaDBOperations[string(s[f[6].start:f[6].end])] {
		return false
	}
	var values []fieldValue
	values = fieldIf(values, s, f[1], categories.Address, "serverhost", hasLetter)
	values = fieldIf(values, s, f[2], categories.Username, "username", func(v []byte) bool {
		return accountBytes(v) && hasLetter(v) && !wellKnownDBAccount(v)
	})
	values = fieldIf(values, s, f[3], categories.Address, "host", nil)
	w.rewriteFields(s, values, base)
	return true
}

// barFields splits s from k on into at most len(dst) fields between '|', each without
// its padding blanks, and returns how many it found; the last runs to the end of s.
func barFields(s []byte, k int, dst []cdrField) int {
	n := 0
	for n < len(dst) && k <= len(s) {
		end := bytes.IndexByte(s[k:], '|')
		if end < 0 {
			end = len(s) - k
		}
		start, stop := k, k+end
		for start < stop && s[start] == ' ' {
			start++
		}
		for stop > start && s[stop-1] == ' ' {
			stop--
		}
		dst[n] = cdrField{start, stop}
		n++
		k += end + 1
	}
	return n
}

// fieldIf appends the field f of s as a value of category when it is not empty and its
// text passes ok (nil: any text).
func fieldIf(values []fieldValue, s []byte, f cdrField, category, field string, ok func([]byte) bool) []fieldValue {
	if v := s[f.start:f.end]; len(v) > 0 && (ok == nil || ok(v)) {
		values = append(values, fieldValue{f.start, f.end, category, field})
	}
	return values
}

// wellKnownDBAccount reports the accounts databases create for themselves, which stay.
func wellKnownDBAccount(v []byte) bool {
	return equalFoldAny(v, "root", "rdsdb", "postgres", "mysql", "mariadb.sys", "rdsadmin", "admin")
}

// amlMessageLine rewrites a line that holds an Advanced Mobile Location message, the SMS
// a phone sends with an emergency call (ETSI TS 103 625: A"ML=1;lt=+55.74317;
// lg=+037.61911;rd=50;top=...;si=IMSI;ei=IMEI;mcc=...), as emergency dispatch logs it, and
// reports whether it was one: the position (lt, lg) and the subscriber's and the
// handset's ids (si, ei) by key; the rest is scanned as text.
func (w *worker) amlMessageLine(s []byte, base int) bool {
	if bytes.IndexByte(s, ';') < 0 {
		return false
	}
	k := bytes.Index(s, []byte("ML=1;lt="))
	if k < 0 {
		return false
	}
	var values []fieldValue
	for p := k + 5; p < len(s); {
		end := p
		for end < len(s) && s[end] != ';' && s[end] != ' ' && s[end] != '|' && s[end] != '"' {
			end++
		}
		if eq := bytes.IndexByte(s[p:end], '='); eq == 2 && p+3 < end {
			cat := ""
			switch string(s[p : p+2]) {
			case "lt", "lg":
				cat = categories.Coordinate
			case "si", "ei":
				cat = categories.DeviceID
			}
			if cat != "" {
				values = append(values, fieldValue{p + 3, end, cat, "aml " + string(s[p:p+2])})
			}
		}
		if end == len(s) || s[end] != ';' {
			break
		}
		p = end + 1
	}
	w.rewriteFields(s, values, base)
	return true
}

// zplLine scans a line that holds ZPL label commands, as print servers log shipping labels
// (^FDWillem Hoekstra^FS ^FD1016 HN Amsterdam^FS), and reports whether it did: each
// field's data (between ^FD and ^FS) is scanned as text of its own, so that a name or an
// address is not read as part of the command before it.
func (w *worker) zplLine(s []byte, base int) bool {
	if bytes.IndexByte(s, '^') < 0 {
		return false
	}
	k := bytes.Index(s, []byte("^FD"))
	if k < 0 || bytes.Index(s[k:], []byte("^FS")) < 0 {
		return false
	}
	pos := 0
	for k >= 0 {
		start := k + 3
		e := bytes.Index(s[start:], []byte("^FS"))
		if e < 0 {
			break
		}
		end := start + e
		w.where = whereText
		w.scanFrom(s[:start], pos, modePlain, ',', base)
		w.scanFrom(s[:end], start, modePlain, ',', base)
		pos = end
		n := bytes.Index(s[end:], []byte("^FD"))
		if n < 0 {
			break
		}
		k = end + n
	}
	w.scanFrom(s, pos, modePlain, ',', base)
	return true
}
