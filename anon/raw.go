package anon

import (
	"bytes"
	"github.com/siemanon/siemanon/categories"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// runByte marks the bytes a value token can hold. A run of them is scanned for values;
// everything else (blanks, quotes, brackets, '=', '/', '\', ',', non-ASCII) separates runs.
var runByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range "._-:@%+$" {
		t[c] = true
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetterAt reports whether the UTF-8 sequence at s[i] is a letter.
func isLetterAt(s []byte, i int) bool {
	r, _ := utf8.DecodeRune(s[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r) // (Thai's and Devanagari's vowel signs are marks: ชื่อผู้ใช้, उपयोगकर्ता)
}
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isHex(c byte) bool    { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// textMode is the syntax of the key=value part of a line, which decides where a value ends.
type textMode uint8

const (
	modePlain textMode = iota // a value ends at a blank, ',' or ';'
	modeCEF                   // a value runs to the next " key=" (CEF extension)
	modeLEEF                  // a value runs to the LEEF delimiter
)

// scanText finds the values in raw text s and records their edits, offset by base.
func (w *worker) scanText(s []byte, base int) {
	if len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF {
		w.scanText(s[3:], base+3) // a UTF-8 byte order mark before a file's first line: no part of it
		return
	}
	if len(s) > 16 && (s[0] == 'S' || s[0] == 'R') && w.jenkinsConsoleLine(s, base) {
		return
	}
	if len(s) > 10 && s[0] == '#' && !w.inRecord() {
		if hasPrefixAt(s, 0, "#Software: ") {
			return // a W3C log's product and version (SGOS 7.3.16.1): no one's, no address
		}
		if hasPrefixAt(s, 0, "#Remark: ") && w.blueCoatRemark(s, base) {
			return
		}
	}
	if len(s) >= 30 && bytes.Contains(s, []byte("<<")) {
		w.mrzLines(s, base) // (an MRZ's line has 30 bytes at least)
	}
	i := 0
	mode, delim := modePlain, byte('\t')
	if w.inRecord() && (len(s) < 24 || bytes.IndexByte(s, ' ') < 0 && bytes.IndexByte(s, '\t') < 0 && bytes.IndexByte(s, '|') < 0) {
		// A JSON string too short, or without a blank, to carry a log line's header (a
		// timestamp, an id, a path): no format to sniff.
		w.scanFrom(s, 0, mode, delim, base)
		return
	}
	where := w.where
	if w.layout != nil && w.layout.pgParams && !w.inRecord() {
		if k := pgParameters(s); k >= 0 {
			// PostgreSQL's parameters, by the columns of the statement before them.
			w.scanText(s[:k], base)
			end := w.pgParamValues(s, k, w.layout, base)
			w.scanFrom(s, end, modePlain, '\t', base)
			return
		}
	}
	if k := bytes.Index(s[:min(len(s), 64)], []byte("[pool ")); k >= 0 && !w.inRecord() {
		// PHP-FPM names a pool for the site's user (ISPConfig, Plesk): [pool jdoe]; a
		// word (www, shop) names the site's part.
		if e := bytes.IndexByte(s[k+6:min(len(s), k+70)], ']'); e > 0 && accountBytes(s[k+6:k+6+e]) && !isGenericWord(s[k+6:k+6+e]) {
			w.scanFrom(s[:k+6], 0, modePlain, '\t', base)
			w.where = w.label("key", []byte("php-fpm pool"))
			w.contextValue(categories.Username, s, k+6, k+6+e, base)
			w.where = where
			w.scanFrom(s, k+6+e, modePlain, '\t', base)
			return
		}
	}
	if !w.inRecord() && w.cpanelLogLine(s, base) {
		return
	}
	if k := sudoLogUser(s); k > 0 && !w.inRecord() {
		// sudo's own log file: DATE : USER : HOST=web01 : TTY=pts/2 ; PWD=... ; COMMAND=...
		e := k + bytes.Index(s[k:], []byte(" : "))
		w.scanFrom(s[:k], 0, modePlain, '\t', base)
		w.where = w.label("key", []byte("sudo user"))
		w.contextValue(categories.Username, s, k, e, base)
		w.where = where
		w.scanFrom(s, e, modePlain, '\t', base)
		return
	}
	if k := secretDataMark(s); k > 0 {
		// Junos marks a configuration line whose quoted value is a secret:
		// authentication-key "$9$..."; ## SECRET-DATA
		if q2 := bytes.LastIndexByte(s[:k], '"'); q2 > 0 {
			if q1 := bytes.LastIndexByte(s[:q2], '"'); q1 >= 0 && q2 > q1+1 {
				w.scanFrom(s[:q1], 0, modePlain, '\t', base)
				w.where = w.label("key", []byte("SECRET-DATA"))
				w.contextValue(categories.Secret, s, q1+1, q2, base)
				w.where = where
				w.scanFrom(s, q2, modePlain, '\t', base)
				return
			}
		}
	}
	if len(s) > 16 && (s[0] == '(' || s[0] == ' ' || s[0] == '>') && w.dicomElement(s, base) {
		return // a DICOM dataset's element: (0010,0010) PN [NAME] PatientName
	}
	if k := oracleBindsStart(s); k > 0 {
		// A statement and its bind values (Oracle's SQL_BINDS): the values by their columns.
		w.scanText(s[:k], base)
		w.oracleBinds(s, k, base)
		return
	}
	if k := sqlInsertAt(s); k >= 0 {
		if end := w.sqlInsert(s, k, base); end > k {
			// An INSERT with its values: each read by its column. What comes before
			// and after the statement is scanned as usual.
			w.scanText(s[:k], base)
			w.scanFrom(s, end, modePlain, '\t', base)
			return
		}
	}
	if k := hl7Start(s); k >= 0 {
		// An HL7 message, or a log line that carries one after its own words.
		if k > 0 {
			w.scanText(s[:k], base)
		}
		w.scanHL7(s, k, base)
		return
	}
	if k := swiftNamedBreaksStart(s); k >= 0 {
		w.scanSwiftNamedBreaks(s, k, base) // a SWIFT MT message logged on one line
		return
	}
	if w.layout != nil && !w.inRecord() && w.layout.fits(s) {
		w.scanColumns(s, w.layout, base)
		return
	}
	if w.header != nil && !w.inRecord() {
		w.scanHeader(s, w.header, base)
		return
	}
	if !w.inRecord() && (w.cdrLine(s, base) || w.npsIASLine(s, base) || w.auditLayoutLine(s, base)) {
		return
	}
	if h0, h1, ok := syslogHost(s); ok {
		if w.shiftTime {
			w.scanFrom(s[:h0], 0, modePlain, delim, base) // the header's timestamp
		}
		w.where = whereSyslogHost
		if name, mac := unifiHostFields(s[h0:h1]); name > 0 {
			// UniFi access points: "HOST,MAC,vVERSION:" where the host goes
			w.contextValue(categories.Address, s, h0, h0+name, base)
			w.contextValue(categories.MAC, s, h0+name+1, h0+name+1+mac, base)
		} else {
			w.contextValue(categories.Address, s, h0, h1, base)
		}
		if start, end := ciscoOriginHost(s, h1); end > start {
			w.contextValue(categories.Address, s, start, end, base)
			h1 = end
		}
		w.where = where
		i = h1
		if t := tagEnd(s, h1); t > h1 {
			i = t // a script's tag (Znuny-otrs.Console.pl:) names no domain
		} else if t := rfc5424AppNameEnd(s, h1); t > h1 && (hostLabelIs(s[h0:h1], s[h1+1:t]) || !appNameScanned(s[h1+1:t])) {
			// RFC 5424's APP-NAME is a program's, also when the host is named after it
			// (dcm4chee-arc.example.org dcm4chee-arc) or a learned login is spelled like it
			// (EVIDENT, a dental practice's software, after PRAXIS-SRV01\EVIDENT, an
			// SQL Server's instance, was read as a domain's account).
			i = t
		}
		i = w.cronUsers(s, h1, i, base)
	}
	if i == 0 && !w.inRecord() && len(s) > 20 && isDigit(s[0]) {
		if start, end := pipeHeaderHost(s); end > start {
			// An application's pipe-separated header, TIME|SITE|HOST|LEVEL|...: the field
			// before the level names the machine (a rental counter's cdg-ctr-pos04). The
			// fields before it are scanned as text.
			w.scanFrom(s[:start], 0, modePlain, delim, base)
			w.where = w.label("field", []byte("host before level"))
			w.contextValue(categories.Hostname, s, start, end, base)
			w.where = where
			i = end
		}
	}
	if i == 0 && !w.inRecord() {
		if start, end := zosSystemName(s); end > start {
			// z/OS SYSLOG and OPERLOG: the system that wrote the message
			i = w.layoutField(s, start, end, []byte("z/OS system name"), categories.Hostname, base)
		}
	}
	if i == 0 && !w.inRecord() && hasPrefixAt(s, 0, "# User@Host: ") {
		// MySQL's slow query log: # User@Host: USER[USER] @ HOST [IP]  Id: N
		k := len("# User@Host: ")
		if open := bytes.IndexByte(s[k:min(len(s), k+100)], '['); open > 0 {
			w.where = w.label("field", []byte("User@Host"))
			w.contextValue(categories.Username, s, k, k+open, base)
			if close := bytes.IndexByte(s[k+open:min(len(s), k+open+100)], ']'); close > 1 {
				w.contextValue(categories.Username, s, k+open+1, k+open+close, base)
				i = k + open + close + 1
			}
			w.where = where
		}
	}
	if i == 0 && !w.inRecord() {
		if start, end := ansibleHost(s); end > start {
			// Ansible: "changed: [HOST] => ...", and the recap's "HOST : ok=6 changed=3"
			i = w.layoutField(s, start, end, []byte("ansible host"), categories.Address, base)
		}
	}
	if i == 0 && !w.inRecord() {
		if n := sessionListUser(s); n > 0 {
			// last, who: the user, then the terminal (amalie   pts/0   10.1.2.3 ...)
			w.where = wherePhrase
			w.contextValue(categories.Username, s, 0, n, base)
			w.where = where
			i = n
		}
	}
	if k := accessLogPrefix(s); k > i {
		w.where = whereAccessLog
		w.accessLogClients(s[i:k], base+i)
		w.where = where
		i = k
	}
	if isPANOS(s) {
		w.where = wherePANOS
		w.panosFields(s, base)
		w.where = where
	} else if len(s) > 0 && s[0] == '[' {
		w.where = whereNagios
		w.nagiosFields(s, base)
		w.where = where
	}
	if ext, ok := cefExtension(s); ok {
		mode = modeCEF
		w.scanHeaderFields(s, i, ext, "CEF:", delim, base) // the header: vendor, product and name are text
		i = ext
	} else if ext, d, ok := leefAttributes(s); ok {
		mode, delim = modeLEEF, d
		if d == '\t' && bytes.IndexByte(s[ext:], '\t') < 0 && blankSeparatedPairs(s[ext:]) {
			// LEEF whose attributes a sender split by blanks (Imperva's SecureSphere:
			// devTime=Nov 24 2024 21:50:27 src=10.50.3.22 usrName=...): read as CEF's
			// extension is, a value running to the next key.
			mode = modeCEF
		}
		w.scanHeaderFields(s, i, ext, "LEEF:", delim, base)
		i = ext
	}
	if mode == modePlain && w.hanaAuditFields(s, i, base) {
		return
	}
	w.scanFrom(s, i, mode, delim, base)
}

// scanFrom scans s from i on, with the key=value syntax of mode.
func (w *worker) scanFrom(s []byte, i int, mode textMode, delim byte, base int) {
	var prev1, prev2 span // the two runs before the current one, for phrases
	objectTried, arrayTried := false, false
	angle := -2  // where the next '<' is (-1: none), for display names; -2: not looked for
	pemEnd := -2 // where the next PEM "-----END" is (-1: none), -2: not looked for
	where := w.where
	defer func() { w.where = where }()
	keyLabel := "key"
	switch mode {
	case modeCEF:
		keyLabel = "cef"
	case modeLEEF:
		keyLabel = "leef"
	}
	for i < len(s) {
		c := s[i]
		if !runByte[c] && !(c >= 0x80 && isLetterAt(s, i)) {
			// Between runs: where is set only on the rare branches that find something,
			// not for every blank and quote.
			switch {
			case c == '/' && !w.inURL && (i == 0 || isPathStart(s[i-1])) && i+1 < len(s) && (isPathByte(s[i+1]) || s[i+1] == '/') &&
				!(i+3 < len(s) && s[i+1] == 'r' && (s[i+2] == 'p' || s[i+2] == 'u') && s[i+3] == ' '): // (schtasks' /rp and /ru: switches)
				w.where = wherePath
				i = w.unixPathAt(s, i, base)
				w.where = where
				continue
			case c == '/' && i >= 2 && s[i-1] == '.' && s[i-2] == '.' && (i == 2 || isPathStart(s[i-3])):
				// A relative path that climbs (../../../home/jdoe/.ssh, a traversal):
				// what follows the last "../" read as a path from the root.
				k := i
				for hasPrefixAt(s, k, "/../") {
					k += 3
				}
				if k+1 < len(s) && isPathByte(s[k+1]) && !w.inURL {
					w.where = wherePath
					i = w.unixPathAt(s, k, base)
					w.where = where
					continue
				}
			case c == '\\' && i+2 < len(s) && s[i+1] == '\\' && (isAlnum(s[i+2]) || i+4 < len(s) && s[i+2] == '\\' && s[i+3] == '\\' && isAlnum(s[i+4])) &&
				(i == 0 || isPathStart(s[i-1])) && !escapedRootedPath(s, i): // (\\\\host\\share: a UNC path with its backslashes escaped)
				w.where = where
				i = w.windowsPathAt(s, i, base)
				continue
			case c == '\\' && i+6 < len(s) && isLetter(s[i+1]) && (i == 0 || isPathStart(s[i-1])) && rootedWindowsPath(s, i+1):
				// A path from the root of a volume, without its drive: \Users\jdoe\...,
				// \Device\HarddiskVolume3\Users\jdoe\... (EDRs), \VOLUME{...}\USERS\...
				// (Prefetch parsers).
				w.where = where
				i = w.windowsPathAt(s, i, base)
				continue
			case c == '[' && i >= 15 && s[i-1] == ' ' && hasPrefixAt(s, i-14, "' with values "):
				if end := w.attributeValues(s, i, base); end > i {
					i = end
					continue
				}
			case c == '[' && i >= 14 && s[i-1] == ' ' && hasPrefixAt(s, i-14, "login attempt "):
				if end := w.loginAttemptAt(s, i, base); end > i {
					i = end
					continue
				}
			case c == 0xE3 && i+4 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x8C && cjkUserWordBefore(s, i):
				if end := w.cjkBracketedLogin(s, i, base); end > i {
					i = end
					continue
				}
			case c == '(' && i+4 < len(s) && (s[i+1] >= 0xE4 && s[i+1] <= 0xE9 || i >= 4 && s[i-1] == ' ' && s[i-2] >= 0x80 && isLetter(s[i+1])):
				if end := w.hanNameBesideLogin(s, i, base); end > i {
					i = end
					continue
				}
			case c == '(' && i+2 < len(s) && isDigit(s[i+1]):
				if end := w.dnsDebugNameAt(s, i, base); end > i {
					i = end
					continue
				}
			case c == '=' && i+1 < len(s) && s[i+1] == '?':
				if end := w.encodedNameAt(s, i, base); end > i {
					i = end
					continue
				}
				if end := w.encodedTextAt(s, i, base); end > i {
					i = end
					continue
				}
			case c == '<' && i+1 < len(s) && isLetter(s[i+1]):
				if start, end, cat := w.xmlElementValue(s, i); cat != "" {
					if k := i + 1 + bytes.IndexByte(s[i+1:start], ' '); k > i && !hasPrefixAt(s, k, ` Name=`) {
						w.scanFrom(s[:start-1], k, mode, delim, base) // the attributes: <host ip="10.1.2.3">
					}
					w.where = whereXML
					w.contextValue(cat, s, start, end, base)
					w.where = where
					i = end
					continue
				}
			case c == '{' && i+3 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] != '"':
				// Go's %+v of a struct: {ID:311 Name:Ana Soto Email:ana@x.cl Address:{City:Talca}}
				if end := w.goStructAt(s, i, mode, delim, base); end > i {
					i = end
					continue
				}
				if !objectTried && lastNonBlank(s) == '}' {
					objectTried = true
					w.where = where
					if w.jsonRecord(s[i:], base+i) {
						return
					}
				}
			case c == '{' && !objectTried && lastNonBlank(s) == '}',
				c == '[' && !arrayTried && lastNonBlank(s) == ']':
				// JSON carried in a text line (a syslog header, then a record or an array
				// of them): tried at the first '{' and the first '[' only, so a line of
				// brackets costs two looks, not one each.
				if c == '{' {
					objectTried = true
				} else {
					arrayTried = true
				}
				w.where = where
				if w.jsonRecord(s[i:], base+i) {
					return
				}
				if c == '{' {
					if end := jsonObjectEnd(s, i); end > i && end < len(s) && w.jsonRecord(s[i:end], base+i) {
						i = end // a record, then more text: {"a":1} and {"b":2}
						continue
					}
				}
			case c == '{' && !objectTried && i+1 < len(s) && s[i+1] == '"':
				// JSON carried in a text line and text after it (WooCommerce's "Processing
				// response: {...} ====End Log===="): the record is read as JSON.
				objectTried = true
				w.where = where
				if end := jsonObjectEnd(s, i); end > i && w.jsonRecord(s[i:end], base+i) {
					i = end
					continue
				}
			}
			i++
			continue
		}
		if i > 0 && s[i-1] == '\\' && (i < 2 || s[i-2] != '\\') {
			// A JSON escape in text (a pretty-printed record read line by line, JSON cut
			// short): \u003e and, after punctuation, \n \t \r are no part of a word.
			if s[i] == 'u' && i+5 <= len(s) && isHex(s[i+1]) && isHex(s[i+2]) && isHex(s[i+3]) && isHex(s[i+4]) {
				i += 5
				continue
			}
			if (s[i] == 'n' || s[i] == 't' || s[i] == 'r') && i >= 2 && (!isAlnum(s[i-2]) && s[i-2] != '\\' || textEscapeAt(s, i-1)) {
				i++
				continue
			}
		}
		w.where = where
		j := i
		var flags runFlags
		for j < len(s) {
			if c := s[j]; runByte[c] {
				flags |= runClass[c]
				j++
				continue
			}
			if s[j] >= 0x80 && isLetterAt(s, j) {
				// A letter beyond ASCII (josé, Müller) belongs to the word.
				flags |= hasOther
				_, size := utf8.DecodeRune(s[j:])
				j += size
				continue
			}
			break
		}
		if flags&^hasOther == hasDash && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 6 {
			// A site or a network named for its city: Bremen-HQ, Rotterdam-Kantoor.
			if dash := bytes.IndexByte(s[i:j], '-'); dash >= 3 && i+dash+1 < j && placeMayFollow(s[:j], i+dash) {
				if end, cStart, cEnd := w.cityPhrase(s[:j], i, i+dash, prev1); end == i+dash {
					w.cityValue(s, i, end, cStart, cEnd, base)
					prev2, prev1 = prev1, span{i, j}
					i = j
					continue
				}
			}
		}
		if flags&^hasOther == hasDot && j-i >= 5 && s[j-1] == '.' && s[i] >= 'A' && s[i] <= 'Z' && bytes.IndexByte(s[i:j-1], '.') < 0 &&
			(j == len(s) || s[j] == ' ' || s[j] == '<' || s[j] == '"') {
			// A city at a sentence's end: "Lieferung nach Leipzig.", "login from Lagos."
			if end, cStart, cEnd := w.cityPhrase(s[:j-1], i, j-1, prev1); end == j-1 {
				w.cityValue(s, i, end, cStart, cEnd, base)
				prev2, prev1 = prev1, span{i, j - 1}
				i = j
				continue
			}
		}
		if i > 3 && s[i-1] == '?' && j-i >= 4 && s[i] == '3' && (s[i+1] == '1' || s[i+1] == '2' || s[i+1] == '3') && mt940InfoAt(s, i) {
			// MT940's :86: information to the account owner, subfields ?NN: ?31 the
			// other party's IBAN, ?32 and ?33 their name (to the next '?').
			end := i + 2
			for end < len(s) && s[end] != '?' && s[end] != '\t' {
				end++
			}
			if end > i+2 {
				cat := partyNameValue
				if s[i+1] == '1' {
					cat = categories.IBAN
				}
				w.where = w.label("field", []byte("mt940 ?3x"))
				w.contextValue(cat, s, i+2, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j-i == 18 && s[i] == '0' && s[i+1] == 'x' && isHexRun(s[i+2:j]) && zigbeeLine(s) {
			// A Zigbee device's IEEE address (EUI-64), as zigbee2mqtt and ZHA write it:
			// Device '0x54ef44100034a5b6' joined.
			w.where = w.label("field", []byte("zigbee ieee"))
			w.contextValue(categories.DeviceID, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if s[i] == 0xD0 && j+4 < len(s) && s[j] == ' ' && flags == hasOther {
			// A Russian or Ukrainian name in full, its patronymic second or third:
			// Смирнова Ольга Викторовна, Ольга Викторовна Смирнова (1C's event log,
			// registers): three capitalized words, one of them ending as patronymics do.
			if end := cyrillicFullNameEnd(s, i); end > j {
				w.shapeValue(categories.Fullname, wherePhrase, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if n := j - i; n >= 4 && n <= 9 && s[i] >= 'A' && s[i] <= 'Z' && j+3 < len(s) && s[j] == ' ' && (familyWord(s[i:j]) || n == 4 && string(s[i:j]) == "Fam.") {
			// A family by its surname, as homes name their devices, bookings and
			// accounts: Familie Brandstetter, Hue Bridge Fam. Lehtinen, Famille Moreau.
			k := j + 1
			e := familySurnameEnd(s, k)
			if e > k && !inLower(notNameWords, s[k:e]) && (e == len(s) || !isAlnum(s[e]) && s[e] != '-' && s[e] != '_') {
				w.shapeValue(categories.Fullname, wherePhrase, s, k, e, base)
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if i > 0 && j+3 < len(s) && s[j] == s[i-1] && (s[j] == ',' || s[j] == '|' || s[j] == ';') && s[i] >= 'A' && s[i] <= 'Z' && flags&^hasOther == 0 {
			// A person in two fields of a delimited export, given name and surname in
			// either order (D,Priya,Patel,AZ725839C; |Krüger|Jonas|): one a listed given
			// name, the other capitalized alike.
			if end := fieldPairNameEnd(s, i, j); end > j {
				w.where = wherePhrase
				w.joinedNameValue(s, i, end, s[j], base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if i > 0 && j+3 < len(s) && s[j] == ' ' && (s[i-1] == ';' || s[i-1] == '|' || s[i-1] == '\t') && s[i] >= 'A' && s[i] <= 'Z' && flags&^hasOther == 0 {
			if end := w.cellNameEnd(s, i, j); end > j {
				// A headerless export's person in one field: ;FERRARI LUCA;, |Rossi Mario|
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if c >= 0xE3 && c <= 0xE9 && w.e.cats.on(categories.Geo) {
			if end := japaneseAddressEnd(s, i); end > i {
				// A Japanese address, its prefecture first and its block numbers last
				// (東京都世田谷区三軒茶屋2-14-7), with the postal code before it (〒154-0024).
				start := i
				if i >= 12 && hasPrefixAt(s, i-12, "〒") && isDigit(s[i-9]) {
					start = i - 12 // (〒, three digits, '-', four digits and a blank: 12 bytes)
				}
				w.where = wherePhrase
				w.contextValue(categories.Geo, s, start, end, base)
				prev2, prev1 = prev1, span{start, end}
				i = end
				continue
			}
		}
		if c >= 0xE3 && c <= 0xED {
			if end := w.nameBeforeHonorific(s, i, base); end > i {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j-i == 3 && j+13 <= len(s) && s[j] == ' ' && (s[i] == 'M' || s[i] == 'm') && equalFold(s[i:j], "mac") &&
			isHexRun(s[j+1:j+13]) && (j+13 == len(s) || !isAlnum(s[j+13])) && containsDigit(s[j+1:j+13]) && hasLetter(s[j+1:j+13]) {
			// A MAC written without separators after the word: an SBC's "MAC b255dcf5dae4".
			w.where = wherePhrase
			w.contextValue(categories.MAC, s, j+1, j+13, base)
			prev2, prev1 = prev1, span{j + 1, j + 13}
			i = j + 13
			continue
		}
		if i+7 < len(s) && s[i+6] == '-' && j-i >= 8 && w.deviceIDs && upperHexRun(s[i:i+6]) && (i == 0 || !isAlnum(s[i-1])) {
			if from, to := cwmpDeviceSerial(s, i); to > from && w.keyedValue(categories.DeviceID, s[from:to], base+from) {
				i = to // a TR-069 device id (GenieACS): OUI-ProductClass-SerialNumber, the serial a subscriber's router's
				continue
			}
		}
		if c == 'U' && w.deviceIDs && (hasPrefixAt(s, i, `USBSTOR\`) || hasPrefixAt(s, i, `USB\VID_`)) {
			if from, to := usbInstanceSerial(s, i); to > from && w.keyedValue(categories.DeviceID, s[from:to], base+from) {
				i = to // a USB drive's serial in its Windows device instance path
				continue
			}
		}
		if c >= 'A' && c <= 'Z' && j < len(s) && s[j] == ' ' && w.e.cats.on(categories.Fullname) {
			if end := w.caseCaptionAt(s, i, base); end > i {
				prev2, prev1 = prev1, span{i, end}
				i = end // a lawsuit's parties: Ostrander v. Meridian
				continue
			}
		}
		if j-i == 2 && s[i] == '.' && s[i+1] == 'P' && j+4 < len(s) && s[j] == '/' && isDigit(s[j+1]) && (i == 0 || s[i-1] == ' ') {
			// IATA's baggage messages (BSM): .P/1HUBER/ANNAMRS, the passengers' count,
			// then SURNAME/GIVEN with the title glued on
			if k, e := bsmNameAt(s, j+1); e > k {
				w.where = w.label("phrase", s[i:j])
				w.contextValue(categories.Fullname, s, k, e, base)
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if j-i == 4 && s[i] == 'D' && j+1 < len(s) && s[j] == ' ' && string(s[i:j]) == "DOCS" {
			// An airline's SSR DOCS: the passport's number and the passenger's name
			if number, name := ssrDocsFieldsAt(s, j+1); number[1] > number[0] {
				w.where = w.label("phrase", s[i:j])
				w.contextValue(categories.NationalID, s, number[0], number[1], base)
				next := number[1]
				if name[1] > name[0] {
					w.contextValue(categories.Fullname, s, name[0], name[1], base)
					next = name[1]
				}
				prev2, prev1 = prev1, span{i, next}
				i = next
				continue
			}
		}
		if j+1 < len(s) && s[j] == '/' && (s[i] == 'P' || s[i] == 'R') && equalFoldAny(s[i:j], "Patient", "Person", "RelatedPerson", "Practitioner") &&
			(i == 0 || !isAlnum(s[i-1]) && s[i-1] != '/') {
			// A FHIR reference to a person's resource (Patient/318572047, "reference":
			// "Practitioner/pr-77"): the id links every record of that person, and some
			// systems use the national number as the id. Replaced as a secret is, keeping
			// its shape; the resource type stays.
			e := j + 1
			for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.') && e-j <= 64 {
				e++
			}
			if e > j+1 && (e == len(s) || s[e] != '/') {
				w.where = w.label("field", []byte("fhir reference"))
				w.contextValue(categories.Secret, s, j+1, e, base)
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if s[i] == 'H' && j < len(s) && s[j] == '\\' && j-i >= 3 && (i == 0 || isPathStart(s[i-1])) && registryHiveAt(s, i) {
			// A registry key, HKLM\Software\Vendor, read as a path (not as DOMAIN\user).
			w.where = wherePath
			i = w.windowsPathAt(s, i, base)
			continue
		}
		if flags&^(hasDigit|hasDot|hasDash) == 0 && flags&hasDot != 0 && j-i >= 6 && w.e.cats.on(categories.Geo) {
			// A position written as a pair of decimal degrees of five decimals or more:
			// openHAB's "changed from 48.1351253,11.5819806", a camera's "(45.7578137,
			// 4.8320114)" (a score pair, 0.12345,0.67890, is none: latitude from 1); or
			// with the hemispheres' letters, as satellite terminals and vessels write it
			// (GPS 21.4494N 51.2206E).
			end := 0
			if j-i >= 7 && j+8 < len(s) && (s[j] == ',' || s[j] == ';' && i > 0 && s[i-1] == ';') {
				// (also two fields of a semicolon's export: ;44.471388;11.353054;)
				end = coordinatePairEnd(s, i, j)
			} else if (s[j-1] == 'N' || s[j-1] == 'S') && flags == hasDigit|hasDot {
				end = hemispherePairEnd(s, i, j)
			}
			if end > j && s[j] == ';' {
				// Two fields: each number mapped on its own, the delimiter kept.
				w.where = w.label("field", []byte("coordinates"))
				w.contextValue(categories.Coordinate, s, i, j, base)
				w.contextValue(categories.Coordinate, s, j+1, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
			if end > j {
				w.where = w.label("field", []byte("coordinates"))
				w.contextValue(categories.Coordinate, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if e := j - btoi(s[j-1] == '.'); flags&^hasDot == hasDigit && e-i >= 4 && e-i <= 8 && isDigitsOnly(s[i:e]) &&
			prev1.end > prev1.start && i-prev1.end <= 3 && oneTimeCodeBefore(s, prev1, prev2) {
			// A one-time code in a message sent or logged: "your verification code is
			// 618204.", "OTP: 4471", "Ihr Bestätigungscode lautet 123456".
			w.where = w.label("phrase", []byte("one-time code"))
			w.contextValue(categories.Secret, s, i, e, base)
			prev2, prev1 = prev1, span{i, e}
			i = e
			continue
		}
		if j+8 < len(s) && s[j] == ' ' && s[j+1] == '(' && (hasPrefixAt(s, j+2, "talk | contribs") || hasPrefixAt(s, j+2, "talk|contribs") ||
			hasPrefixAt(s, j+2, "Diskussion | Beiträge") || hasPrefixAt(s, j+2, "discussion | contributions")) && flags&(hasAt|hasColon) == 0 {
			// MediaWiki's logs and histories: a user, then its talk and contributions
			// links (Sysop-Ana (talk | contribs | block) blocked Vandalenjäger2024 (talk |
			// contribs)). A name of two words is taken whole when the first is
			// capitalised (Bürokrat Lorenz).
			start := i
			if prev1.end == i-1 && s[i-1] == ' ' && prev1.end > prev1.start && capitalWordAnyScript(s[prev1.start:prev1.end]) &&
				prev1.end-prev1.start >= 2 && !isDigitsOnly(s[prev1.start:prev1.end]) {
				start = prev1.start
			}
			w.where = w.label("field", []byte("wiki user"))
			w.contextValue(categories.Username, s, start, j, base)
			prev2, prev1 = prev1, span{start, j}
			i = j
			continue
		}
		if j-i > 9 && s[i] == 'p' && hasPrefixAt(s, i, "person.") && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '.') {
			// Home Assistant's person entity, named for its person: person.anna_de_vries.
			e := j
			for e > i+7 && (s[e-1] == ':' || s[e-1] == '.') {
				e--
			}
			if slugShaped(s[i+7:e]) && !memberWords[string(s[i+7:e])] && (e == len(s) || s[e] != '(') { // (person.name, person.get_name())
				w.where = w.label("field", []byte("entity"))
				w.contextValue(categories.Username, s, i+7, e, base)
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if j-i > 16 && (s[i] == 'd' || s[i] == 'n') && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '.') {
			// Home Assistant's trackers and phones, named for their owners' devices:
			// device_tracker.annas_iphone, notify.mobile_app_annas_iphone.
			if p := haDeviceEntityPrefix(s[i:j]); p > 0 {
				e := j
				for e > i+p && (s[e-1] == ':' || s[e-1] == '.' || s[e-1] == ',') {
					e--
				}
				if e-(i+p) >= 3 && slugShaped(s[i+p:e]) && (e == len(s) || s[e] != '(') {
					w.where = w.label("field", []byte("entity"))
					w.contextValue(categories.Hostname, s, i+p, e, base)
					prev2, prev1 = prev1, span{i, e}
					i = e
					continue
				}
			}
		}
		if i > 0 && s[i-1] == '"' && j+4 < len(s) && s[j] == '"' && s[j+1] == ' ' && s[j+2] == '=' && s[j+3] == ' ' && s[j+4] == '\'' {
			// A quoted SQL column and its value: "django_session"."session_key" = '...',
			// "email" = '...' (Django's and PostgreSQL's statements).
			if cat := w.e.rawKeys.lookupAssigned(s[i:j]); cat != "" {
				w.where = w.label("key", s[i:j])
				i = w.colonValue(s, j+4, cat, base)
				continue
			}
		}
		if i > 0 && s[i-1] == '(' && i+12 < len(s) && s[i+4] == ',' && s[i+9] == ')' && s[i+11] == '"' {
			if end := w.dicomQuotedTagAt(s, i-1, base); end > i {
				i = end // a DICOM server's message about an element: tag (0010,0010) "FAMILY^GIVEN"
				continue
			}
		}
		if j-i == 5 && j+12 < len(s) && s[j] == '(' && (string(s[i:j]) == "POINT" || string(s[i:j]) == "point") {
			// A position as GIS writes it, in well-known text: POINT(6.889112 50.951774),
			// longitude first.
			if sp := bytes.IndexByte(s[j+1:min(len(s), j+24)], ' '); sp > 0 {
				if cl := bytes.IndexByte(s[j+2+sp:min(len(s), j+2+sp+24)], ')'); cl > 0 &&
					fineDegrees(s[j+1:j+1+sp], 180) && fineDegrees(s[j+2+sp:j+2+sp+cl], 90) {
					end := j + 2 + sp + cl
					w.where = w.label("field", []byte("coordinates"))
					w.contextValue(categories.Coordinate, s, j+1, end, base)
					i = end
					continue
				}
			}
		}
		if i > 0 && s[i-1] == '(' && j+3 < len(s) && s[j] == ')' && s[j+1] == '=' && s[j+2] == '(' {
			// PostgreSQL's unique violation: DETAIL: Key (email)=(jdoe@example.com) already
			// exists. The value by its column's name (one column; a key of several stays text).
			if cat := w.e.rawKeys.lookupAssigned(s[i:j]); cat != "" {
				if e := bytes.IndexByte(s[j+3:], ')'); e > 0 && bytes.IndexByte(s[j+3:j+3+e], ',') < 0 {
					w.where = w.label("key", s[i:j])
					w.contextValue(cat, s, j+3, j+3+e, base)
					i = j + 3 + e
					continue
				}
			}
		}
		if i > 0 && (s[i-1] == '\'' || s[i-1] == '"') && j+5 < len(s) && s[j] == s[i-1] && hasPrefixAt(s, j+1, " => ") && (s[j+5] == '\'' || s[j+5] == '"') {
			// A PHP, Perl or Ruby hash literal's pair: 'city' => 'Dublin' (var_export,
			// CiviCRM's $params, Data::Dumper, Ruby's inspect).
			cat := w.e.rawKeys.lookupAssigned(s[i:j])
			if cat == "" && personNamePart(s[i:j]) {
				cat = categories.Fullname
			}
			if cat != "" {
				w.where = w.label("key", s[i:j])
				i = w.colonValue(s, j+5, cat, base)
				continue
			}
		}
		if i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']' && flags&hasColon != 0 && (hasPrefixAt(s, i, "to:") || hasPrefixAt(s, i, "from:")) {
			// Kannel's access log: [from:+4915112345678] [to:00393472184409]; a sender's
			// name (from:KNBANK) stays.
			if v := s[i+bytes.IndexByte(s[i:j], ':')+1 : j]; len(v) >= 8 && (isDigitsOnly(v) || v[0] == '+' && isDigitsOnly(v[1:])) {
				w.where = w.label(keyLabel, s[i:j-len(v)-1])
				w.contextValue(categories.Phone, s, j-len(v), j, base)
				i = j
				continue
			}
		}
		if i > 0 && s[i-1] == '[' && j+5 < len(s) && s[j] == ']' && s[j+1] == ' ' && s[j+2] == '=' && s[j+3] == '>' && s[j+4] == ' ' && s[j+5] != '[' {
			// PHP's print_r: [billing_last_name] => Bauer, the value to the line's end.
			cat := w.e.rawKeys.lookupAssigned(s[i:j])
			if cat == "" {
				cat = categoryBySuffix(s[i:j])
			}
			if cat != "" && !hasPrefixAt(s, j+5, "Array") {
				end := j + 5
				for end < len(s) && s[end] != '\n' && s[end] != '\r' {
					end++
				}
				w.where = w.label(keyLabel, s[i:j])
				w.contextValue(cat, s, j+5, end, base)
				i = end
				continue
			}
		}
		if flags&(hasColon|hasAt) == 0 && flags&(hasDot|hasDigit|hasDash) != 0 && hasPrefixAt(s, j, " owned by ") && printedDocumentBefore(s, i) {
			// Windows' print spooler (event 307): Document 312, CV_Ionescu_2024.docx owned by ...
			w.where = w.label("phrase", []byte("document owned by"))
			w.contextValue(categories.Path, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if w.nationalIDs && flags&(hasDot|hasDigit) == hasDot|hasDigit && flags&(hasAt|hasColon) == 0 && j-i >= 13 {
			// A national identifier as the last part of a document's name, after '_'
			// (umowa_90110544174.pdf, Lönespec_2024-02_19850312-2387.xlsx): the identifier
			// is mapped; the rest of the name is a word's.
			if dot := bytes.LastIndexByte(s[i:j], '.'); dot >= 9 && documentExtensionAt(s, i+dot) {
				if sep := bytes.LastIndexByte(s[i:i+dot], '_'); sep > 0 && dot-sep-1 >= 9 && categories.ParseNationalID(s[i+sep+1:i+dot]) {
					w.where = whereText
					w.contextValue(categories.NationalID, s, i+sep+1, i+dot, base)
					prev2, prev1 = prev1, span{i, i + dot}
					i += dot
					continue
				}
			}
		}
		if flags&(hasDot|hasDigit) == hasDot|hasDigit && flags&(hasAt|hasColon|hasOther) == 0 && j-i >= 13 {
			if dot := bytes.LastIndexByte(s[i:j], '.'); dot >= 9 && bytes.IndexByte(s[i:i+dot], '.') < 0 && documentExtensionAt(s, i+dot) {
				// An identifier named as a document (RSSLCU85M14F205T.pdf, a scanned id):
				// the name is read as a run of its own, the extension after it.
				j, flags = i+dot, 0
				for _, c := range s[i:j] {
					flags |= runClass[c]
				}
			}
		}
		if j-i == 1 && s[i] == '@' && i >= 2 && s[i-1] == ' ' && isAlnum(s[i-2]) && j+4 < len(s) && s[j] == ' ' && isLetter(s[j+1]) {
			// QRadar's log source, "Linux OS @ smv-web03", "WindowsAuthServer @ DC01.corp.local":
			// the kind of source, then its host.
			e := j + 1
			for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' || s[e] == '_') {
				e++
			}
			for e > j+1 && s[e-1] == '.' {
				e--
			}
			if e-j-1 >= 4 && (e == len(s) || s[e] == ',' || s[e] == ' ' || s[e] == '"' || s[e] == ';') && hostShaped(s[j+1:e]) {
				w.where = w.label("phrase", s[i:j])
				w.contextValue(categories.Hostname, s, j+1, e, base)
				prev2, prev1 = prev1, span{j + 1, e}
				i = e
				continue
			}
		}
		if flags&^hasDigit == hasAt && i >= 2 && s[i-1] == ' ' && s[i-2] == ']' && j < len(s) && s[j] == ' ' {
			// PostgreSQL's log_line_prefix %u@%d: "[21877] app_klient@pojistenci 10.1.2.3
			// LOG:": the user; the database is no person's.
			if at := bytes.IndexByte(s[i:j], '@'); at > 0 && at < j-i-1 && postgresLevelAfter(s, j+1) {
				w.where = w.label("postgres", []byte("user"))
				w.contextValue(categories.Username, s, i, i+at, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if j-i == 2 && flags == 0 && (s[i] == 'I' || s[i] == 'i') && (s[i+1] == 'N' || s[i+1] == 'n') && prev1.end == i-1 && prev1.end > prev1.start {
			// SQL: WHERE cnp IN ('1631130320477', '5080508429960')
			if end := w.sqlInListAt(s, j, s[prev1.start:prev1.end], base); end > j {
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if j-i == 6 && flags == 0 && (s[i] == 'V' || s[i] == 'v') && equalFold(s[i:j], "values") {
			// SQL: INSERT INTO customers (full_name, email, phone) VALUES ('...', ...)
			if end := w.sqlValuesAt(s, i, j, mode, delim, base); end > j {
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if w.shiftTime {
			if end := w.timeAt(s, i, j, base); end > i {
				prev2, prev1 = prev1, span{i, min(end, j)}
				i = end
				continue
			}
		}
		if s[i] >= 0x80 && flags&^hasOther == 0 && j+2 < len(s) && (s[j] == ' ' || s[j] == '"') && angleAfter(s, j, &angle) {
			// From: 鈴木 一郎 <...>, To: "Νίκος Κωνσταντίνου" <...>: a name in another
			// script shown with an address.
			if end := otherScriptDisplayNameEnd(s, i, j); end > i {
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j+8 < len(s) && s[j] == '/' && flags&(hasColon|hasAt) == 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\\') && brocadeRoleAt(s, j+1) {
			// Brocade FOS audit: USER/ROLE/IP/ssh/CLI/ad_0/SWITCH/FID 128
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, j, base)
			if ad := bytes.Index(s[j:min(len(s), j+96)], []byte("/ad_")); ad > 0 {
				// and the switch, between the admin domain and the fabric id
				if h := bytes.IndexByte(s[j+ad+1:min(len(s), j+ad+40)], '/'); h > 0 {
					from := j + ad + 1 + h + 1
					if f := bytes.Index(s[from:min(len(s), from+64)], []byte("/FID ")); f > 0 {
						w.contextValue(categories.Hostname, s, from, from+f, base)
					}
				}
			}
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags&hasColon != 0 && j-i > 17 {
			if end := w.colonTokenIDs(s, i, j, base); end > 0 {
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if j+3 < len(s) && s[j] == '/' && flags&(hasColon|hasAt|hasDot) == 0 && oracleConnectBefore(s, i) {
			// Oracle's USER/PASSWORD@SERVICE (sqlplus, rman: connect target sys/x@ORAPROD)
			if end := w.oracleCredentials(s, i, j, base); end > 0 {
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if i >= 3 && s[i-1] == ' ' && s[i-2] == ',' && s[i-3] == ']' && j == len(s) && flags&(hasColon|hasAt) == 0 {
			// wu-ftpd and HP-UX ftpd: FTP LOGIN FROM host [10.1.2.3], jdoe
			if k := bytes.Index(s[:i], []byte("FTP LOGIN FROM ")); k >= 0 && !(k >= 10 && string(s[k-10:k]) == "ANONYMOUS ") {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, j, base)
				i = j
				continue
			}
		}
		if i == 0 && j+1 < len(s) && s[j] == ' ' && s[j-1] == ':' && j-i <= 32 {
			// LDIF (ldapsearch, slapcat): an attribute and its value on a line of their own;
			// "attr:: " gives the value in base64, which is replaced whole.
			name := s[i : j-1]
			b64 := len(name) > 0 && name[len(name)-1] == ':'
			if b64 {
				name = name[:len(name)-1]
			}
			if cat := inLower(ldifAttributes, name); cat != "" && (b64 || cat != categories.Secret) {
				if b64 {
					cat = categories.Secret
				}
				w.where = w.label("key", name)
				w.contextValue(cat, s, j+1, len(s), base)
				i = len(s)
				continue
			}
		}
		if i >= 11 && s[i-1] == ' ' && s[i-2] == '-' && s[i-3] == ' ' && isDigit(s[i-4]) && s[i-6] == ':' && s[i-9] == ':' {
			// ServiceNow's journal: 2024-03-14 07:40:02 - Vikash Kumar (Work notes)
			if end := journalAuthorEnd(s, i); end > i {
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if flags&hasDash != 0 && flags&(hasColon|hasAt|hasDot) == 0 && sulogBefore(s, i) {
			// sulog (HP-UX, AIX, Solaris): su: + ttyp2 jsilva-root, SU 03/14 07:03 - pts/1 jdoe-oracle
			if d := bytes.LastIndexByte(s[i:j], '-'); d > 0 && i+d+1 < j {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, i+d, base)
				w.contextValue(categories.Username, s, i+d+1, j, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if c := bytes.Index(s[i:j], []byte(":$")); c > 0 && flags&hasColon != 0 {
			// USER:HASH, as htpasswd and shadow files and Traefik's basicAuth write them
			if user, hash, n := offlineHashAt(s[i+c+1:]); n > 0 {
				// secretsdump's cached logons: CORP.LOCAL/jdoe:$DCC2$10240#jdoe#HASH
				w.where = wherePhrase
				start := i
				if slash := bytes.LastIndexByte(s[i:i+c], '/'); slash > 0 {
					w.contextValue(categories.Domain, s, i, i+slash, base)
					start = i + slash + 1
				}
				h := i + c + 1
				w.contextValue(categories.Username, s, start, i+c, base)
				w.contextValue(categories.Username, s, h+user, h+hash-1, base)
				w.contextValue(categories.Secret, s, h+hash, h+n, base)
				prev2, prev1 = prev1, span{i, h + n}
				i = h + n
				continue
			}
			if _, n := cryptHashLen(s[i+c+1:]); n > 0 && accountBytes(s[i:i+c]) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, i+c, base)
				w.contextValue(categories.Secret, s, i+c+1, i+c+1+n, base)
				prev2, prev1 = prev1, span{i, i + c}
				i += c + 1 + n
				continue
			}
		}
		if c := bytes.IndexByte(s[i:j], ':'); c > 0 && flags&hasColon != 0 && j-i-c > minTokenLen && accountBytes(s[i:i+c]) {
			// USER:TOKEN, a registry's or a forge's credentials as a secret scanner
			// reports them: nordvikci:dckr_pat_..., jdoe:ghp_...
			if prefix, n := tokenAt(s[i+c+1:]); prefix > 0 && n > 0 {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, i+c, base)
				w.contextValue(categories.Secret, s, i+c+1+prefix, i+c+1+n, base)
				prev2, prev1 = prev1, span{i, i + c + 1 + n}
				i += c + 1 + n
				continue
			}
		}
		if j-i >= minTokenLen || s[i] == '$' && len(s)-i >= minTokenLen { // a crypt hash's '/' ends a run
			if prefix, n := tokenAt(s[i:]); n > 0 {
				w.contextValue(categories.Secret, s, i+prefix, i+n, base) // ghp_..., eyJ...
				i += n
				continue
			}
		}
		// Payment cards, IBANs and phone numbers, by their shapes and checksums (Luhn,
		// mod 97, E.164 country codes); they may run over blanks: 4111 1111 1111 1111,
		// DE89 3704 0044 0532 0130 00, +44 20 7946 0958.
		if w.numberIDs && mayBeNumberID(s, i, j, flags) {
			if end := w.numberIDAt(s, i, base); end > i {
				i = end
				continue
			}
		}
		if w.numberIDs && flags&hasOther != 0 && j-i > 5 && s[i+4] == '+' && amadeusContactElement(s[i:i+4]) && isDigit(s[i+5]) {
			// An Amadeus PNR's phone element: APM-+39 333 812 4470, the number in groups
			if end := w.numberIDAt(s, i+4, base); end > i+5 {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if w.numberIDs && flags&(hasColon|hasOther) == hasColon|hasOther && j < len(s) && s[j] == ' ' {
			// An international number in groups after a field's name and a colon, which
			// the run does not hold whole: telefoon:+31 6 28 73 40 91, tel:+44 20 7946 0958.
			if c := bytes.Index(s[i:j], []byte(":+")); c > 0 && c <= 16 && i+c+2 < j && isDigit(s[i+c+2]) && isLettersOnly(s[i:i+c]) {
				if end := w.numberIDAt(s, i+c+1, base); end > j {
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
		}
		if w.numberIDs && j-i >= 17 && flags&(hasColon|hasOther) != 0 {
			// An IBAN glued to what names or quotes it: a search's iban:DK86..., SQL's
			// national string N'AT47...'.
			if p := ibanAfterPrefix(s, i, j); p > i {
				if end := w.numberIDAt(s, p, base); end > p {
					i = end
					continue
				}
			}
		}
		if (w.nationalIDs || w.deviceIDs) && flags&hasDigit != 0 && flags&(hasDash|hasColon) != 0 && j-i > 7 {
			// An identifier after a prefix that names it, which stays: ETSI's semantics
			// identifiers (PNOEE-38001081730, TINIT-RSSMRA85T10A562S), DigiD's SAML name id
			// (s00000000:, then the BSN), 3GPP's names of a subscriber and a device
			// (imsi-262015244406799, imeisv-..., a null-scheme SUCI's MSIN in clear).
			if p, cat := idAfterPrefix(s[i:j], flags); p > 0 && w.e.cats.on(cat) {
				w.where = w.label("prefix", s[i:i+p-1])
				w.contextValue(cat, s, i+p, j, base)
				i = j
				continue
			}
		}
		if j-i >= 46 && s[i] == 'D' && s[i+1] == 'E' && s[i+2] == '.' && flags&(hasColon|hasAt|hasOther) == 0 {
			if p := safeIDAccount(s[i:j]); p > 0 {
				// The SAFE id of a German lawyer's, notary's or citizen's mailbox (beA, beN,
				// eBO): DE.BRAK.<uuid>.<check>; the account's uuid is mapped, the
				// directory's name and the check stay.
				w.where = w.label("field", []byte("SAFE id"))
				w.contextValue(categories.Username, s, i+p, i+p+36, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if w.deviceIDs && (mayBeDeviceID(s, i, j, flags) || j-i > 12 && (s[j-1] == ':' || s[j-1] == '.') &&
			bytes.IndexByte(s[i:j-1], s[j-1]) < 0 && mayBeDeviceID(s, i, j-1, flagsOf(s[i:j-1]))) {
			// IMEIs, ICCIDs, EIDs and VINs by their shapes and checks (also before a
			// colon or a full stop that ends a clause: "... MTK23E2A0FF: Connection").
			if n, ok := categories.DeviceIDAt(s[i:]); ok && w.keyedValue(categories.DeviceID, s[i:i+n], base+i) {
				i += n
				continue
			}
		}
		// National identification numbers of distinctive layouts, by their shapes and check
		// characters: RSSMRA85T10A562S, 12345678Z, 131052-308T, 123-45-6789, AB 12 34 56 C.
		if w.nationalIDs && (mayBeNationalID(s, i, j, flags) ||
			flags&hasColon != 0 && s[j-1] == ':' && bytes.IndexByte(s[i:j-1], ':') < 0 && mayBeNationalID(s, i, j-1, flags&^hasColon) ||
			flags&hasDot != 0 && s[j-1] == '.' && bytes.IndexByte(s[i:j-1], '.') < 0 && mayBeNationalID(s, i, j-1, flags&^hasDot)) {
			// (also before a colon that ends a clause: hetulle 190468-5979: HTTP 503; and
			// before the dot that ends a sentence: il codice fiscale è RSSMRA85T10A562S.)
			if end := w.nationalIDAt(s, i, base); end > i {
				i = end
				continue
			}
		}
		if w.numberIDs && flags&^(hasDigit|hasDot) == 0 && flags&hasDot != 0 && j-i >= 17 && s[i] >= '2' && s[i] <= '6' {
			// A card number as a file's name: statement_... 5425158906276227.pdf
			if k := i + digitsEnd(s[i:j]); k-i >= 13 && k-i <= 19 && s[k] == '.' && j-k-1 >= 2 && j-k-1 <= 4 && hasLetter(s[k+1:j]) {
				if end := w.numberIDAt(s[:k], i, base); end == k {
					i = j
					continue
				}
			}
		}
		if flags == hasDigit|hasDash && (j-i == 6 || j-i == 8) && s[j-4] == '-' && j+3 < len(s) && s[j] == ' ' && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0x80) {
			if end := w.postalTownValue(s, i, w.geo.IsCity, base); end > j { // 90-006 Łódź, 1100-053 Lisboa
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if n := j - i; flags == hasDigit|hasDash && n >= 10 && n <= 14 && s[i] == '0' && s[i+1] != '0' && s[i+1] != '-' &&
			(i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == ',' || s[i-1] == ':') && (j == len(s) || !isAlnum(s[j]) && s[j] != '=' && s[j] != '/' && s[j] != '-') &&
			bytes.IndexByte(s[i:j], '-') == bytes.LastIndexByte(s[i:j], '-') && nationalPhoneDigits(s[i:j]) {
			// A national phone number, its trunk 0 first, its area or mobile prefix
			// joined by a dash: 06-41827395, 030-12345678, 0171-4429873.
			w.where = whereText
			w.contextValue(categories.Phone, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if n := j - i; w.nationalIDs && flags == hasDigit && n >= 9 && n <= 13 && i >= 3 && s[i-1] == '(' && s[i-2] == ' ' && j < len(s) && s[j] == ')' &&
			nameWordsBefore(s, i-2) >= 2 && categories.ParseNationalID(s[i:j]) {
			// A national identifier in parentheses after a person's name, as case notes
			// and logins write it: Klient Jüri Tamm (38001081730) sisse logitud.
			w.where = wherePhrase
			w.contextValue(categories.NationalID, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i > 0 && (s[i-1] == ';' || s[i-1] == '|' || s[i-1] == ',') && (j == len(s) || s[j] == s[i-1]) && j-i >= 4 && j-i <= 32 &&
			flags&(hasColon|hasAt|hasDot|hasOther) == 0 && flags&hasDigit != 0 && flags&hasDash != 0 && upperAlnumDash(s[i:j]) && accountFieldBefore(s, i-1) {
			// A row without a header: DOMAIN\login, then the workstation it worked at
			// (WinCC's audit: KRAFTLINJE\t.lindqvist;WCC-OS-01;Runtime;Login;...).
			w.where = w.label("field", []byte("workstation after account"))
			w.contextValue(categories.Hostname, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if at := j + btoi(j < len(s) && s[j] == '"' && i >= 2 && s[i-1] == '"'); at+4 < len(s) && (s[at] == ',' || s[at] == ';' || s[at] == '|') && i > 0 &&
			(s[i-1] == s[at] || at > j && s[i-2] == s[at]) && j-i >= 3 && j-i <= 32 &&
			flags&(hasColon|hasAt|hasOther) == 0 && hasLetter(s[i:j]) && loginBeforeCommaName(s, i, j, at) {
			// (quoted too: NetDocuments' "pdubois","Dubois, Pierre",...)
			// A row of an audit export without a header: a login, then its owner's name
			// surname first (Cerner: ,Success,HWHITFIELD,"Whitfield, Hannah",...; Xstore:
			// ,LOGIN_SUCCESS,ekavanagh,"Kavanagh, Siobhán",...).
			w.where = w.label("field", []byte("login before name"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i >= 3 && s[i-1] == '(' && s[i-2] == ' ' && j < len(s) && s[j] == ')' && s[i] >= 'a' && s[i] <= 'z' && j-i >= 4 && j-i <= 32 &&
			flags&(hasColon|hasAt|hasOther) == 0 && nameWordsBefore(s, i-2) >= 1 && loginOfName(s, i-2, s[i:j]) {
			// A person's login in parentheses after their name, as Jira, Confluence and
			// GitLab write a user: Katrin Oberländer (koberlaender).
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if w.numberIDs && i >= 2 && (s[i-1] == '<' && s[i-2] == '<' || s[i-1] == '>' && s[i-2] == '>' ||
			s[i-1] == '<' && i >= 3 && s[i-2] == ' ' && s[i-3] == '"' && j < len(s) && s[j] == '>') && (isDigit(s[i]) || s[i] == '+') {
			// 3CX: Line:10000<<07700900123, Line:10000>>0044...: the number on the line; a
			// caller id, "Jane Doe" <0033612345678>: the caller's number.
			if dialledNumber(s[i:j]) {
				w.where = w.label("field", []byte("dialled number"))
				w.contextValue(categories.Phone, s, i, j, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if i >= 8 && s[i-1] == '#' && j+2 < len(s) && s[j] == ' ' && flags == hasDigit && equalFold(s[i-8:i-1], "player ") {
			if end := playerNameEnd(s, j+1); end > j+1 {
				cat := categories.Username
				if bytes.IndexByte(s[j+1:end], ' ') > 0 {
					cat = categories.Fullname // Player #0 Haralds Ozols (91.140.15.77:2304)
				}
				w.where = wherePhrase
				w.contextValue(cat, s, j+1, end, base)
				prev2, prev1 = prev1, span{j + 1, end}
				i = end
				continue
			}
		}
		if n := j - i; n >= 2 && n <= 4 && i > 0 && s[i-1] == '"' && j < len(s) && s[j] == ' ' && s[i] >= 'A' && s[i] <= 'Z' && flags&^hasDigit == 0 && containsDigit(s[i:j]) {
			// A British postcode or an Eircode alone in a quoted cell, as CRM exports
			// write the address's code apart: "BS8 2QF", "D04 X2K7".
			if end := postcodeAt(s, i); end > j && end < len(s) && s[end] == '"' {
				w.where = whereText
				w.contextValue(categories.Geo, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if flags == hasDigit|hasDash && j-i >= 5 && s[i] == '0' && s[i+1] != '0' && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) &&
			(i == 0 || phoneStartsAfter(s[i-1])) && bytes.Count(s[i:j], []byte{'-'}) == 1 {
			// A national number with its area code joined by a dash and groups after it,
			// as Sweden writes them (031-778 40 10, 070-482 19 33).
			if end := w.nationalPhoneAt(s, i, j, base); end > j {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		// A number (a port, a length, a PID) is nothing else of its own: no other
		// category is only digits, and numbers are never learned.
		if flags == hasDigit && (j == len(s) || s[j] != '=' && s[j] != '/' && s[j] != ':') {
			if j+3 < len(s) && s[j] == ' ' && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 'a' && s[j+1] <= 'z') && isDigitsOnly(s[i:j]) {
				if end := streetNumberEnd(s, i, j); end > j {
					end = w.streetValue(s, i, end, base) // 250 Collins Street
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if yearAfterTitle(s, i, j) && j+3 < len(s) && s[j] == ' ' {
				if end := postalTownEnd(s, i, w.geo.IsCity); end > j {
					w.where = wherePhrase
					w.contextValue(categories.Geo, s, j+1, end, base) // the town; the year stays
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			} else if j-i >= 2 && j-i <= 6 && j+3 < len(s) && (s[j] == '-' || s[j] == ' ' && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0x80 || j-i == 3 && isDigit(s[j+1]))) {
				if end := w.postalTownValue(s, i, w.geo.IsCity, base); end > j { // 1052 Budapest
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if n := j - i; n >= 3 && n <= 5 && s[i] == '0' && s[i+1] == '0' && s[i+2] != '0' && j+6 < len(s) && s[j] == ' ' &&
				isDigit(s[j+1]) && (i == 0 || phoneStartsAfter(s[i-1])) && !(i >= 2 && s[i-1] == ' ' && isDigit(s[i-2])) {
				// An international number written with the dialling prefix 00 instead of
				// '+' and the country's code apart: 0049 40 33442210, 0044 20 7946 0958.
				if end := phoneShapeEnd(s, i); end > j && nationalPhoneDigits(s[i+2:end]) {
					w.where = whereText
					w.contextValue(categories.Phone, s, i, end, base)
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if n := j - i; n >= 2 && n <= 5 && s[i] == '0' && s[i+1] != '0' && j+6 < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '/') &&
				isDigit(s[j+1]) && (i == 0 || phoneStartsAfter(s[i-1])) &&
				!(i >= 2 && s[i-1] == ' ' && isDigit(s[i-2])) { // (not inside a run of numbers)
				// A national phone number, its trunk prefix 0 first (0161 496 0123,
				// 06 12 34 56 78, 0171 4429 873, 06-41228793).
				if end := w.nationalPhoneAt(s, i, j, base); end > j {
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if (j-i == 2 || j-i == 3) && i > 0 && s[i-1] == '(' {
				if n := parenthesizedPhoneLen(s, i-1); n > 0 {
					// A North American or a Brazilian number as people write it, "(469)
					// 555-0182", "(11) 98765-4102": its shape alone says phone.
					w.where = whereText
					w.contextValue(categories.Phone, s, i-1, i-1+n, base)
					prev2, prev1 = prev1, span{i - 1, i - 1 + n}
					i += n - 1
					continue
				}
			}
			if n := j - i; (n >= 2 && n <= 10 && j+2 < len(s) && (s[j] == ' ' || s[j] == '-') && isDigit(s[j+1]) || n >= 9 && n <= 12 && s[i] == '0' ||
				n == 9 && s[i] >= '3' && s[i] <= '9' && phoneCueWordBefore(s, i, phoneActionWords)) && // (Spain's, Portugal's and Italy's mobiles have no trunk 0: SMS a 612448093)
				(i == 0 || s[i-1] == ' ' || s[i-1] == '(') {
				// A phone number without its country's code, a few words after a word of
				// calling or texting: "volejte prosím 736 441 902", "SMS para o 912 000
				// 777", "his number is 614-555-0199", "llama desde el 655 321 908". (Its
				// shape first: a syslog date's "3 06:00:22" turns away there.)
				if end := phoneShapeEnd(s, i); end >= j && digitCount(s[i:end]) >= 9 && digitCount(s[i:end]) <= 12 && phoneCueBefore(s, i) {
					w.where = whereText
					w.contextValue(categories.Phone, s, i, end, base)
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if isDigitsOnly(s[i:j]) {
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if s[i] >= 'A' && s[i] <= 'Z' && i+1 < j && s[i+1] == '.' && (j-i == 2 || initialsRun(s[i:j])) && j+2 < len(s) && s[j] == ' ' && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '"' || j-i > 2 && (s[i-1] == '[' || s[i-1] == '|')) {
			// An initial and a surname: "Cardholder D. Hollis", "with T. Ashby and K.
			// Lewis", "warning issued to G. Pryce-Jones", "Kiezer R.J. van den Berg" (its
			// particles with it). Not learned.
			sur := particlesEnd(s, j+1)
			if e := nameWordEnd(s, sur); e > sur+1 && !inLower(notNameWords, s[sur:e]) && !isGenericWord(s[sur:e]) && !isStopword(s[sur:e]) &&
				(e == len(s) || s[e] != '.' || e+1 == len(s) || s[e+1] == ' ') && !initialNotName(s, i, prev1) &&
				(j-i == 2 || (initialsFieldEnd(s, e) || nameContextBefore(s, i)) && !inFolded(dottedAbbreviations, s[i:j])) &&
				!equalFoldAny(s[sur:e], "thanks", "regards", "cheers", "europe", "australia", "africa", "asia", "america",
					"central", "pacific", "atlantic", "mongolia", "standard", "please", "note", "see") { // (C. Thanks; Windows' W. Europe Standard Time)
				if e+2 < len(s) && s[e] == ' ' && sur == j+1 && givenFirst(s[sur:e]) {
					// A listed given name, then the surname: "M. Laurent Desjardins" (a
					// title's initial), "J. Robert Smith": the name runs to the surname.
					if f := nameWordEnd(s, e+1); f > e+2 && !inLower(notNameWords, s[e+1:f]) && !isGenericWord(s[e+1:f]) && !isStopword(s[e+1:f]) {
						e = f
					}
				}
				w.unlearnedName(s, i, e, base)
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0xC3 && capitalBeyondASCII(s[i:j])) && j-i >= 2 && j-i <= 20 && flags&^(hasOther|hasDash) == 0 && givenNameCue(s, i, j, prev1, prev2) &&
			!(j+3 < len(s) && s[j] == ' ' && particlesEnd(s, j+1) > j+1) { // (Maria da Silva: a whole name, read below)
			// A first name alone where prose greets, signs or calls someone: "Hi Kevin,",
			// "Thanks, Dan", "spoke with Rebecca on ...", "- Sam". Mapped where it stands,
			// not learned: a first name is a word elsewhere (Will, Mark).
			w.unlearnedName(s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if n := j - i; n >= 1 && n <= 12 && j+3 < len(s) && s[j] == ' ' && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0xC3) &&
			honorificShapes.may(s[i:j]) && honorifics[string(s[i:j])] {
			// A title before a name (Mrs. Henderson, Herr Vogt, Mme Joly, Sig.ra
			// Esposito, mevrouw Jansen): the name words after it, the title kept. Not
			// learned: a surname alone is often a word (Mr. Brown).
			if e := bytes.IndexByte(s[j+1:min(len(s), j+16)], ' '); e > 0 && honorifics[string(s[j+1:j+1+e])] {
				// Titles in a row (Herrn Ing. Lukas Hofbauer, Frau Dr. Vogt): the last
				// one is read as the one before the name.
			} else if end := honorificNameEnd(s, j+1); end > j+1 {
				w.where = w.label("phrase", s[i:j])
				w.shapeFound = true
				w.contextValue(categories.Fullname, s, j+1, end, base)
				w.shapeFound = false
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if n := j - i; n >= 2 && n <= 16 && j+9 < len(s) && (s[j] == ' ' || s[j] == ':') && passwordWordShapes.may(bytes.TrimRight(s[i:j], ":")) {
			// The word for a password in a European language (Initialkennwort X,
			// tijdelijk wachtwoord X, hasło tymczasowe dla jdoe: X, temp pw fuer jdoe ist
			// X): a value shaped as a strong one within the next few words is the secret.
			if inLower(passwordWords, bytes.TrimRight(s[i:j], ":")) {
				start, end := strongSecretAfter(s, j)
				if end <= start {
					start, end = statedPasswordAfter(s, j)
				}
				if end > start {
					if start > j+1 {
						w.scanFrom(s[:start], j, mode, delim, base) // the words between
					}
					w.where = w.label("phrase", s[i:j])
					w.contextValue(categories.Secret, s, start, end, base)
					prev2, prev1 = prev1, span{i, j}
					i = end
					continue
				}
			}
		}
		if n := j - i; n >= 3 && n <= 14 && j+8 < len(s) && (s[j] == ' ' && (isDigit(s[j+1]) || s[j+1] == '+' || s[j+1] == '(') ||
			s[j] == ':' && s[j+1] == ' ' && (isDigit(s[j+2]) || s[j+2] == '+' || s[j+2] == '(')) {
			// A phone number after the word for one, in the layout of its country:
			// "tél. 06 12 34 56 78", "mobil 070-123 45 67", "puh. 040 123 4567".
			if word := s[i:trimEnd(s, i, j)]; inLower(phoneWords, word) {
				at := j + 1
				if s[j] == ':' {
					at++
				}
				if end := phoneShapeEnd(s, at); end > at {
					w.where = w.label("phrase", word)
					w.contextValue(categories.Phone, s, at, end, base)
					prev2, prev1 = prev1, span{i, j}
					i = end
					continue
				}
			}
		}
		if flags&hasOther != 0 && i > 0 && s[i-1] == '=' && w.decodeDepth < maxDecodeDepth {
			if end := w.encodedValueAt(s, i, j, base); end > i {
				i = end
				continue
			}
		}
		if i >= 4 && s[i-1] == ' ' && s[i-2] == '>' && (s[i-3] == '=' || s[i-3] == '-') && s[i-4] == ' ' && hasPrefixAt(s, j, " <") &&
			accountBytes(s[i:j]) && eximMessageAt(s) {
			// Exim's delivery to a local user: ID => jdoe <jdoe@example.com> R=local_user
			w.where = w.label("field", []byte("local user"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags&hasAt != 0 && w.numberIDs && (isDigit(s[i]) || s[i] == '+') && (i == 0 || !isAlnum(s[i-1])) {
			if end := dialledNumberEnd(s, i); end > i {
				// A number dialled in a context or on a trunk (Asterisk's [NUMBER@ctx:1],
				// PJSIP/NUMBER@trunk; 3CX's NUMBER@(Ln.10000@...)): a phone's.
				w.where = w.label("field", []byte("dialled number"))
				w.contextValue(categories.Phone, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if flags&(hasOther|hasDot) == hasOther|hasDot && flags&hasAt == 0 && w.decodeDepth < maxDecodeDepth {
			if start, end := percentEmailIn(s, i, j); end > start {
				// An address written with its '@' encoded once or twice (%40, %2540: a
				// link's target in prose, a query value encoded again). What comes before
				// it in the run (10.0.0.0ǀA%40b.example) is scanned on its own.
				if start > i {
					w.scanRun(s, i, start, base)
				}
				w.contextValue(categories.Email, s, start, end, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if (s[i] == 'P' || s[i] == 'I') && i > 0 && (s[i-1] == '/' || s[i-1] == '=' || s[i-1] == ' ') && i+2 < len(s) && s[i+1] == '/' {
			if doc, docEnd, name, nameEnd := apisDocsFields(s, i); docEnd > doc {
				// An APIS passenger document (SSR DOCS): type, issuer, number,
				// nationality, birth date, sex, expiry, SURNAME/GIVEN. The number is a
				// national identifier, the name a person's; the rest stays.
				w.where = w.label("field", []byte("DOCS"))
				w.contextValue(categories.NationalID, s, doc, docEnd, base)
				end := docEnd
				if nameEnd > name {
					w.slashNameValue(s, name, nameEnd, base)
					end = nameEnd
				}
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j-i == 6 && isDigit(s[i]) && amadeusSignAt(s, i) {
			// An airline agent's sign, four digits and initials, and a duty code:
			// Amadeus' AGT=4821MM/GS, a PNR history's 4821MM/GS. The code stays.
			w.where = w.label("field", []byte("agent sign"))
			w.contextValue(categories.Username, s, i, i+6, base)
			prev2, prev1 = prev1, span{i, i + 6}
			i += 6
			continue
		}
		if end := gamePlayerEnd(s, i); end > i {
			// A game server's player: Rust's ADDR:PORT/STEAMID64/NAME joined, Minecraft's
			// "issued server command: /msg NAME ..."
			w.where = w.label("field", []byte("player"))
			w.contextValue(categories.Username, s, i, end, base)
			prev2, prev1 = prev1, span{i, end}
			i = end
			continue
		}
		if s[i] >= 'A' && s[i] <= 'Z' && (i == 0 || s[i-1] == ' ' || s[i-1] == '=' || s[i-1] == '"' || s[i-1] == ',' || s[i-1] == '(' || s[i-1] == ':') {
			if nameEnd, end := passengerNameEnd(s, i); end > i {
				// A passenger's name as airlines write it, SURNAME/GIVEN and a title or a
				// listed given name: INF=RAGHUNATHAN/ANIKA, missing="OKAFOR/BOLANLE MS,..."
				w.where = w.label("field", []byte("passenger"))
				w.slashNameValue(s, i, nameEnd, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if b := i + btoi(s[i] == '%'); b < j && s[b] == 'B' && j-b >= 14 && j-b <= 20 && j+3 < len(s) && s[j] == '^' && isDigitsOnly(s[b+1:j]) && (i == 0 || !isAlnum(s[i-1])) {
			// A card's track 1 (ISO 7813), as ISO 8583's DE045 and card readers log it:
			// %B, the card number, ^, the holder's name SURNAME/GIVEN, ^, expiry and more.
			if name := bytes.IndexByte(s[j+1:min(len(s), j+28)], '^'); name > 1 {
				w.where = w.label("field", []byte("track 1"))
				w.contextValue(categories.Card, s, b+1, j, base)
				w.slashNameValue(s, j+1, j+1+name, base)
				prev2, prev1 = prev1, span{i, j + 1 + name}
				i = j + 1 + name
				continue
			}
		}
		if i > 2 && s[i-1] == ' ' && s[i-2] == '|' && j < len(s) && s[j] == '|' && accountBytes(s[i:j]) && flags&hasColon == 0 && pingFederateSubject(s, i) {
			// PingFederate's audit log: DATE| tid:ID| EVENT| SUBJECT| IP | ...
			w.where = w.label("field", []byte("subject"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i > 0 && s[i-1] == '|' && j < len(s) && s[j] == '|' && (hasPrefixAt(s, j+1, "urn:oasis:names:tc:SAML:") || afterSAMLMessageID(s, i) || shibbolethAuditPrincipal(s, i, j)) &&
			accountBytes(s[i:j]) && flags&hasColon == 0 && !(j-i >= 17 && s[i] == '_' && isHexRun(s[i+1:j])) { // (a message's id, _0224dec...: no one's)
			// Shibboleth's audit log: ...|RELYING PARTY|PROTOCOL|REQUEST ID|PRINCIPAL|AUTHN
			// CONTEXT|...: the user before the authentication context's URN.
			w.where = w.label("field", []byte("principal"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i >= 4 && s[i-1] == '/' && flags&(hasColon|hasAt|hasOther) == 0 {
			if end := asteriskEndpointEnd(s, i, j); end > i {
				// Asterisk's channels: PJSIP/jnowak-0000001a, SIP/anna,30: the
				// endpoint, a phone's user; trunks stay.
				w.where = w.label("field", []byte("channel"))
				w.contextValue(categories.Username, s, i, end, base)
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if s[i] == '@' && j-i >= 6 && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '"') && (j == len(s) || s[j] != '/' && s[j] != '=') { // (not an npm scope, @testing-library/dom, nor an IRCv3 tag's key, @badge-info=)
			// A chat's mention of a person by login: "DM sent to @mei.liang:".
			end := j
			for end > i && (s[end-1] == ':' || s[end-1] == '.' || s[end-1] == ',') {
				end--
			}
			if mentionShaped(s[i+1 : end]) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i+1, end, base)
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if j+4 < len(s) && (s[j] == '\'' || s[j] == 0xE2 || s[j] == ' ' && s[j+1] == 's') && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 2 &&
			(s[j] == ' ' && ownedDeviceAfter(s, nthWordEndAfter(s, j, "sin", "sitt", "sine")) || s[j] != ' ' && deviceAfterPossessive(s, j)) {
			// A device named for its owner in text: Peter's MacBook Air, Selin’in MacBook
			// Pro (Turkish), Mats sin iPhone (Norwegian). The owner's first name goes, not
			// learned.
			w.shapeValue(categories.Fullname, wherePhrase, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if j+4 < len(s) && s[j] == ' ' && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 3 && flags == 0 && ownedDeviceAfter(s, j) {
			// German and Scandinavian possessives without an apostrophe (Hannahs iPhone,
			// Björns iPad), or the given name alone (Thomas iPhone). The given name goes,
			// a possessive's s stays; not learned.
			end := i
			switch {
			case categories.IsGivenName(s[i:j]):
				end = j
			case s[j-1] == 's' && categories.IsGivenName(s[i:j-1]):
				end = j - 1
			}
			if end > i {
				w.shapeValue(categories.Fullname, wherePhrase, s, i, end, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if n := j - i; n >= 4 && n <= 7 && (s[i] == 'i' || s[i] == 'M' || s[i] == 'G') && j+5 < len(s) && s[j] == ' ' {
			if k := ownerAfterDevice(s[i:min(len(s), i+80)]); k > 0 {
				// A device named for its owner in text ("name": "iPhone van Mathilde"):
				// the owner's first name, not learned.
				e := nameWordEnd(s, i+k)
				if e+2 < len(s) && s[e] == ' ' {
					if e2 := nameWordEnd(s, e+1); e2 > e+1 && !inLower(notNameWords, s[e+1:e2]) {
						e = e2 // and a surname: iPad de María López
					}
				}
				w.where = wherePhrase
				w.shapeFound = true
				w.contextValue(categories.Fullname, s, i+k, e, base)
				w.shapeFound = false
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		// "key":"value" in text: JSON that is not valid (cut short by a syslog relay) or
		// nested deeper than records are read, where \"key\":\"value\" is escaped.
		if i > 0 && s[i-1] == '"' && j < len(s) && (s[j] == '"' || s[j] == '\\') && flags&(hasAt|hasColon) == 0 {
			// (A key with '@' or ':' is a value used as a key, a mail address: scanned.)
			if start, end, ok := jsonPairValue(s, i, j); ok {
				if cat := w.fallbackCategory(s[i:j]); cat != "" {
					w.where = w.label("json", s[i:j])
					w.contextValue(cat, s, start, end, base)
					i = end
					continue
				}
			}
		}
		if q := btoi(i > 0 && (s[i-1] == '\'' || s[i-1] == '"' && prev1.end+2 == i && equalFoldAny(s[prev1.start:prev1.end], "by", "to", "user", "for")) &&
			j < len(s) && s[j] == s[i-1]); j+q+4 < len(s) && s[j+q] == ' ' && s[j+q+1] == '(' && s[i] >= 'a' && s[i] <= 'z' && flags&(hasColon|hasAt|hasOther) == 0 {
			// An agent's login, then their name in brackets, as ITSM tools write them:
			// "owner set to mwisniewska (Vilja Nowak)", "par cdupuis (Jules Martin, État
			// civil)", "k.nikolaou (Κωνσταντίνος Νικολάου)", quoted or not (EcoStruxure:
			// acknowledged by "jmoreau" (Julien Moreau)): the login is the person's.
			if nameStart, nameEnd := bracketedName(s, j+q+2); nameEnd > nameStart && loginWord(s[i:j]) &&
				(!hasNonLatinLetter(s[nameStart:nameEnd]) || bytes.ContainsAny(s[i:j], "._0123456789")) { // (words of another script are a name only after a login shaped as one: not Τμήμα Πληροφορικής)
				w.where = w.label("phrase", []byte("login (name)"))
				w.contextValue(categories.Username, s, i, j, base)
				w.contextValue(categories.Fullname, s, nameStart, nameEnd, base)
				prev2, prev1 = prev1, span{nameStart, nameEnd}
				i = nameEnd
				continue
			}
		}
		if flags == 0 && j+3 < len(s) && s[j] == ' ' && s[j+1] == '-' && s[j+2] == ' ' && prev1.end+1 == i && prev1.end > prev1.start &&
			s[prev1.end] == ' ' && initialThenSurname(s[i:j]) && javaClassName(s[prev1.start:prev1.end]) {
			// A log4j layout's user between the logger and the message (Windchill:
			// "wt.audit.AuditRecorder mfournier - SECURITY_AUDIT ...")
			w.where = w.label("field", []byte("logger's user"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags == hasDot && j-i >= 9 && j-i <= 40 && roleDotLogin(s[i:j]) {
			// A login of a role and a name: investigator.lgarcia, supervisor.pmoreno
			w.where = w.label("phrase", []byte("role login"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags&hasDot != 0 && j-i >= 4 && s[i+1] == '.' {
			if end := w.initialSurnameLogin(s, i, j, base); end > 0 {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if i > 6 && (s[i-1] == ';' || s[i-1] == ',' || s[i-1] == '|' || s[i-1] == '\t') && j < len(s) && s[j] == ' ' && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0xC0) {
			if end := nameFieldBeforeLogin(s, i, s[i-1]); end > i {
				// A CSV row's personal name before the login made of it: ;ROCHE Martine;m.roche;
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, i, end, base)
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if i > 6 && (s[i-1] == ';' || s[i-1] == ',' || s[i-1] == '|' || s[i-1] == '\t' || s[i-1] == '"' || s[i-1] == '(') && flags&(hasColon|hasAt|hasOther) == 0 &&
			accountBytes(s[i:j]) && loginOfNameBefore(s, i, j) ||
			j+4 < len(s) && (s[j] == ' ' && (s[j+1] == ' ' || s[j+1] == '(' || i > 0 && s[i-1] == '=') || s[j] == '\t' || s[j] == '"' && s[j+1] == ' ' ||
				i > 0 && s[i-1] == s[j] && (s[j] == ',' || s[j] == ';' || s[j] == '|' || s[j] == '"' && (s[j+1] == ',' || s[j+1] == ';'))) &&
				flags&(hasColon|hasAt|hasOther) == 0 && accountBytes(s[i:j]) && loginOfNameAfter(s, i, j) {
			// A login beside the name it is made of: "bnowak  Bartosz Nowak", MRICCI (Matteo
			// Ricci), a CSV row's ;DUPONT Sophie;s.dupont12;
			w.where = w.label("phrase", []byte("login of a name"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i >= 2 && s[i-1] == '(' && s[i-2] == ' ' && hasPrefixAt(s, j, ") {") && accountBytes(s[i:j]) && bytes.HasPrefix(s, []byte("[pid: ")) {
			// uWSGI's request log: [pid: N|app: N|req: N/N] ADDR (USER) {N vars in N bytes}
			w.where = w.label("field", []byte("uwsgi user"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if i >= 3 && s[i-1] == '\'' && s[i-2] == 'u' && s[i-3] == ' ' && j+1 < len(s) && s[j] == '\'' && s[j+1] == ')' && accountBytes(s[i:j]) {
			// Mosquitto: New client connected from ADDR as CLIENT (p2, c1, k60, u'USER').
			w.where = w.label("field", []byte("mqtt user"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		// 'key': 'value' in text: a Python dict as Ansible and Python logs print one
		// (item={'name': 'jdoe', 'comment': 'Jane Doe'}).
		if i >= 2 && s[i-1] == '\'' && (s[i-2] == '{' || s[i-2] == ' ') && j+4 < len(s) && s[j] == '\'' && s[j+1] == ':' && flags&(hasAt|hasColon) == 0 {
			if start, end, ok := pythonPairValue(s, j); ok {
				cat := w.fallbackCategory(s[i:j])
				if cat == "" && string(s[i:j]) == "name" && accountBytes(s[start:end]) && unixUserDict(s[end:min(len(s), end+300)]) {
					cat = categories.Username // Ansible's user module: the account's login
				}
				if cat == "" && string(s[i:j]) == "name" && bytes.Contains(s[end:min(len(s), end+64)], []byte("'familyName':")) {
					cat = categories.Fullname // SPID's attributes: the given name before the family name
				}
				if cat != "" {
					w.where = w.label("json", s[i:j])
					w.contextValue(cat, s, start, end, base)
					i = end
					continue
				}
			}
		}
		// A passwd entry (getent passwd, a log quoting /etc/passwd):
		// USER:x:UID:GID:FULL NAME,ROOM,PHONES:HOME:SHELL.
		if flags&hasColon != 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '>') {
			if userEnd, gecos, gecosEnd, ok := passwdEntry(s, i); ok {
				w.where = w.label("field", []byte("passwd"))
				w.contextValue(categories.Username, s, i, userEnd, base)
				if name := bytes.IndexByte(s[gecos:gecosEnd], ','); name != 0 && gecosEnd > gecos && hasLetterOrDigit(s[gecos:gecosEnd]) {
					nameEnd := gecosEnd
					if name > 0 {
						nameEnd = gecos + name
					}
					w.contextValue(categories.Fullname, s, gecos, nameEnd, base)
					i = nameEnd
					continue
				}
				i = gecos
				continue
			}
		}
		// .NET's credentials in PowerShell and C#: New-Object Net.NetworkCredential('user',
		// 'password'[, 'domain']): the login and its password.
		if j-i >= 17 && j+3 < len(s) && s[j] == '(' && (s[j+1] == '\'' || s[j+1] == '"') && s[j-1] == 'l' && bytes.HasSuffix(s[i:j], []byte("NetworkCredential")) {
			q := s[j+1]
			if close := bytes.IndexByte(s[j+2:min(len(s), j+258)], q); close > 0 {
				user := j + 2 + close
				w.where = w.label("argument", []byte("NetworkCredential"))
				w.contextValue(categories.Username, s, j+2, user, base)
				i = user + 1
				if start, end := quotedArgAfter(s, user+1, q); end > start {
					w.contextValue(categories.Secret, s, start, end, base)
					i = end + 1
				}
				continue
			}
		}
		// A function's key and value arguments: Spark's .option('user','x'), JDBC
		// properties' setProperty("password", "x"), Python's os.environ.get("...").
		if i >= 2 && (s[i-1] == '\'' || s[i-1] == '"') && s[i-2] == '(' && j+3 < len(s) && s[j] == s[i-1] && flags&(hasAt|hasColon) == 0 {
			if start, end := quotedArgAfter(s, j+1, s[i-1]); end > start {
				if cat := w.e.rawKeys.lookupAssigned(s[i:j]); cat != "" {
					w.where = w.label("argument", s[i:j])
					w.contextValue(cat, s, start, end, base)
					i = end
					continue
				}
			}
		}
		// htpasswd -b FILE USER PASSWORD; useradd ... NAME; chpasswd <<< "USER:PASSWORD";
		// echo 'PASSWORD' | sudo -S
		if n := j - i; (n == 4 || n == 7 || n == 8) && (s[i] == 'h' || s[i] == 'u' || s[i] == 'c' || s[i] == 'e' || s[i] == 'a') {
			// (echo; useradd, adduser, userdel, usermod; htpasswd, chpasswd: a word of
			// another length costs no call)
			if end := w.accountCommandArgs(s, i, j, base); end > j {
				i = end
				continue
			}
		}
		if flags&hasDot != 0 && i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']' && flags&(hasColon|hasAt) == 0 && isLetter(s[i]) &&
			levelBefore(s, i-1) && loggerShaped(s[i:j]) {
			// A logger's name after the level: INFO [hrsd.case], WARN [org.jboss.as]
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if j-i > 5 && i > 0 && s[i-1] == '(' && hasPrefixAt(s, i, "name:") && hasPrefixAt(s, j, ") (domain:") {
			// NetExec, CrackMapExec: (name:DC01) (domain:corp.local)
			w.where = wherePhrase
			w.contextValue(categories.Hostname, s, i+5, j, base)
			i = j
			continue
		}
		if i > 0 && s[i-1] == '(' && hasPrefixAt(s, j, "㉿") && accountBytes(s[i:j]) {
			// Kali's prompt: ┌──(user㉿host)-[~/dir]
			h := j + len("㉿")
			e := h
			for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' || s[e] == '_') {
				e++
			}
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, j, base)
			if e > h && e < len(s) && s[e] == ')' {
				w.contextValue(categories.Hostname, s, h, e, base)
			}
			prev2, prev1 = prev1, span{i, j}
			i = e
			continue
		}
		if i == 0 && (flags&hasColon != 0 || j+1 < len(s) && s[j] == ' ') {
			if end := w.crackedLineAt(s, base); end > 0 {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if n := j - i; n >= 2 && n <= 24 && flags&(hasColon|hasAt|hasDot) == 0 && j+2 < len(s) && (s[j] == ' ' || s[j] == ':') {
			start, end := dumpBulletAt(s, i, j)
			if end == start {
				start, end = kerberosKeyAt(s, i, j)
			}
			if end == start {
				start, end = hashHistoryAt(s, i, j)
			}
			if end > start {
				// mimikatz: "	 * NTLM     : HASH", "aes256_hmac       KEY"
				w.where = wherePhrase
				w.contextValue(categories.Secret, s, start, end, base)
				prev2, prev1 = prev1, span{i, j}
				i = end
				continue
			}
		}
		if flags&hasColon != 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\\' || s[i-1] == '\t') {
			// Password hashes as dumping and capturing tools print them.
			if end := w.pwdumpAt(s, i, j, base); end > i {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j-i == 12 && j+2 < len(s) && s[j] == ',' && s[j+1] >= 'A' && s[j+1] <= 'Z' && isHexRun(s[i:j]) &&
			bytes.IndexByte(s[j:min(len(s), j+48)], ':') > 0 && (i == 0 || s[i-1] == ' ') {
			// UniFi devices name themselves MAC,MODEL-VERSION: before the program
			// (74ac6f1a2b3c,U6-Pro-6.6.55+15189: hostapd: ...)
			w.where = wherePhrase
			w.contextValue(categories.MAC, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if j-i == 10 && string(s[i:j]) == "local-user" && j+1 < len(s) && s[j] == ' ' {
			// Huawei VRP's configuration: local-user NAME [password {cipher |
			// irreversible-cipher | simple} SECRET], as AAA and command records log it.
			if end := argEnd(s, j+1); end > j+1 && accountBytes(s[j+1:end]) {
				w.where = w.label("command", s[i:j])
				w.contextValue(categories.Username, s, j+1, end, base)
				prev2, prev1 = prev1, span{j + 1, end}
				i = end
				if hasPrefixAt(s, end, " password ") {
					k := end + len(" password ")
					for _, mode := range [...]string{"irreversible-cipher ", "cipher ", "simple "} {
						if hasPrefixAt(s, k, mode) {
							k += len(mode)
							break
						}
					}
					if e := argEnd(s, k); e > k {
						w.contextValue(categories.Secret, s, k, e, base)
						i = e
					}
				}
				continue
			}
		}
		if j-i == 4 && i >= 2 && s[i-2] == ']' && (string(s[i:j]) == "send" || string(s[i:j]) == "recv") {
			// rsyncd's transfer log: [PID] send|recv HOST [IP] MODULE (USER) PATH SIZE
			if start, end := rsyncTransferUser(s, j); end > start {
				w.scanFrom(s[:start], j, mode, delim, base) // the host, its address and the module
				w.where = w.label("field", []byte("rsync user"))
				w.contextValue(categories.Username, s, start, end, base)
				prev2, prev1 = prev1, span{start, end}
				i = end
				continue
			}
		}
		// net user NAME [PASSWORD] [/add ...]
		if j-i == 4 && s[i]|0x20 == 'u' && i >= 4 && equalFold(s[i:j], "user") && netBefore(s, i) {
			if end := w.netUserArgs(s, j, base); end > j {
				i = end
				continue
			}
		}
		if n := j - i; (n == 6 || n == 8 || n == 9) && j+1 < len(s) && s[j] == '[' && (string(s[i:j]) == "passwd" || string(s[i:j]) == "password" || string(s[i:j]) == "psksecret") {
			// A configuration change's attribute and its value in brackets, as FortiOS'
			// cfgattr lists them: passwd[Aeg3an!Dawn2024] (a masked "*" stays).
			end := j + 1
			for end < len(s) && s[end] != ']' && s[end] != ' ' && s[end] != '"' && s[end] != '[' {
				end++
			}
			if end < len(s) && s[end] == ']' && end-j-1 >= 4 && len(bytes.Trim(s[j+1:end], "*")) > 0 && !isDigitsOnly(s[j+1:end]) { // (passwd[7003]: a process)
				w.where = w.label("key", s[i:j])
				w.contextValue(categories.Secret, s, j+1, end, base)
				i = end
				continue
			}
		}
		if j-i == 4 && string(s[i:j]) == "USER" && j+1 < len(s) && s[j] == ' ' && (i == 0 || !isAlnum(s[i-1])) {
			// An FTP or POP3 session's commands, as a packet's payload shows them:
			// USER jdoe\r\nPASS secret (the password is read below).
			if end := commandArgEnd(s, j+1); end > j+1 && end < len(s) && (hasPrefixAt(s, end, "\r\nPASS ") || hasPrefixAt(s, end, "\nPASS ") || hasPrefixAt(s, end, `\r\nPASS `)) &&
				accountBytes(s[j+1:end]) {
				w.where = w.label("command", s[i:j])
				w.contextValue(categories.Username, s, j+1, end, base)
				prev2, prev1 = prev1, span{j + 1, end}
				i = end
				continue
			}
		}
		if n := j - i; (n == 3 || n == 4) && j+2 < len(s) && s[j] == ' ' && s[j+1] != ' ' && s[j+1] != '-' && (i == 0 || s[i-1] == '"' || s[i-1] == ' ') && ftpFileCommand(s[i:j]) {
			// An FTP command on a file or a folder, as FTP servers log them: ProFTPD's
			// "STOR Steuerbescheid_Meier.pdf", "MKD Scans_Dubois_Sophie"; the argument is
			// a path (a name in it is a person's at times).
			end := commandArgEnd(s, j+1)
			if i > 0 && s[i-1] == '"' {
				if q := bytes.IndexByte(s[j+1:], '"'); q > 0 {
					end = j + 1 + q // a name with blanks, to the request's closing quote
				}
			}
			if arg := s[j+1 : end]; bytes.IndexByte(arg, '/') >= 0 && hasLetter(arg) || titleCaseWordIn(arg) {
				// (A bare name only when a person wrote it: Rechnung_Meier.pdf, not
				// ORDERS_20260302.edi or daily_audit.zip, which a program made.)
				w.where = w.label("command", s[i:j])
				w.contextValue(categories.Path, s, j+1, end, base)
				prev2, prev1 = prev1, span{j + 1, end}
				i = end
				continue
			}
		}
		if j-i == 4 && string(s[i:j]) == "echo" && j+8 < len(s) && s[j] == ' ' {
			if end := w.chpasswdInputAt(s, j+1, base); end > j {
				i = end
				continue
			}
		}
		if j-i == 4 && string(s[i:j]) == "PASS" && i >= 6 && j+1 < len(s) && s[j] == ' ' && bytes.Contains(s[max(0, i-70):i], []byte("USER ")) {
			// FTP commands: USER jdoe PASS secret
			w.where = w.label("command", s[i:j])
			end := commandArgEnd(s, j+1)
			w.contextValue(categories.Secret, s, j+1, end, base)
			i = end
			continue
		}
		if n := j - i; (n == 2 || n == 3 || n == 6 || n == 8 || n == 10) && (s[i]|0x20 == 's' || s[i]|0x20 == 'p' || s[i]|0x20 == 'i') ||
			n == 3 && s[i] == 'k' || n == 9 && s[i] == 'c' && s[j-1] == 'y' || n == 10 && s[i] == 'k' ||
			n == 18 && s[i] == 'e' || n == 9 && s[i] == 'f' && s[j-1] == 'e' {
			// Cisco IOS: username X privilege 15 secret 0 PASSWORD; SQL: IDENTIFIED BY
			// 'PASSWORD', ALTER ROLE x PASSWORD 'PASSWORD'
			if end := w.configSecret(s, i, j, base); end > j {
				i = end
				continue
			}
		}
		if i == 0 && (j == 11 || j == 13) && j < len(s) && s[j] == ',' && (string(s[:j]) == "CLIENT_LIST" || string(s[:j]) == "ROUTING_TABLE") {
			// OpenVPN's status file: CLIENT_LIST,CN,ADDRESS,... and
			// ROUTING_TABLE,VIRTUAL ADDRESS,CN,ADDRESS,...: the common name is the user.
			start := j + 1
			if j == 13 {
				start += bytes.IndexByte(s[start:], ',') + 1
			}
			if end := bytes.IndexByte(s[start:], ','); start > j && end > 0 {
				if start > j+1 {
					w.scanFrom(s[:start-1], j+1, mode, delim, base) // the virtual address
				}
				w.where = w.label("field", s[:j])
				w.contextValue(categories.Username, s, start, start+end, base)
				i = start + end
				if j == 11 {
					i = w.openVPNUsername(s, i, mode, delim, base)
				}
				continue
			}
		}
		if j-i == 7 && s[i] == 'P' && string(s[i:j]) == "PRIVATE" && hasPrefixAt(s, j, " KEY-----") {
			// A PEM private key: its body, up to "-----END" (16 KiB at most), is the
			// secret; the armour stays. The end is searched once and remembered, so
			// that a text of many headers and no end stays linear.
			at := j + len(" KEY-----")
			if pemEnd == -2 || pemEnd >= 0 && pemEnd < at {
				if pemEnd = bytes.Index(s[at:], []byte("-----END")); pemEnd >= 0 {
					pemEnd += at
				}
			}
			if pemEnd > at && pemEnd-at <= 16<<10 {
				w.where = w.label("phrase", s[i:j])
				w.contextValue(categories.Secret, s, at, pemEnd, base)
				i = pemEnd
				continue
			}
		}
		if (j-i == 10 || j-i == 11) && s[i] == 's' && hasPrefixAt(s, i, "smbd_audit") {
			if end := w.sambaAudit(s, i+10, base); end > j {
				i = end
				continue
			}
		}
		if j-i == 5 && s[i] == 'L' && string(s[i:j]) == "Login" {
			if end := w.radiusLogin(s, j, base); end > j {
				i = end
				continue
			}
		}
		if j-i == 3 && s[i]|0x20 == 'u' && i >= 4 && equalFold(s[i:j], "use") && netBefore(s, i) {
			w.netUsePassword(s, j, base)
		}
		if (j-i == 2 && s[i] == 'r' && (s[i+1] == 'p' || s[i+1] == 'u') || j-i == 1 && (s[i]|0x20 == 'p' || s[i]|0x20 == 'u')) &&
			i > 0 && s[i-1] == '/' && j+1 < len(s) && s[j] == ' ' && commandBefore(s, i-1, "schtasks", true) {
			// schtasks /create ... /ru USER /rp PASSWORD: the task's account and its
			// password; /s HOST /u USER /p PASSWORD: the remote machine's credentials. A
			// value may be quoted: "x", \"x\" in a JSON string, ""x"" in a CSV field.
			start := j + 1
			quote := 0
			for start+quote < len(s) && quote < 2 && (s[start+quote] == '"' || s[start+quote] == '\\' && start+quote+1 < len(s) && s[start+quote+1] == '"') {
				quote += 1 + btoi(s[start+quote] == '\\')
			}
			end := argEnd(s, start+quote)
			if quote > 0 {
				if q := bytes.Index(s[start+quote:], s[start:start+quote]); q > 0 {
					end = start + quote + q
				} else {
					end = start + quote
				}
			}
			for end > start+quote && s[end-1] == '\\' {
				end-- // (a JSON string's escaped quote after it)
			}
			if end > start+quote {
				cat := categories.Secret
				if s[j-1]|0x20 == 'u' {
					cat = categories.Username
				}
				w.where = w.label("switch", s[i:j])
				w.contextValue(cat, s, start+quote, end, base)
				i = end
				continue
			}
		}
		if flags&hasColon != 0 && j-i >= 8 && w.nationalIDs {
			if c := bytes.LastIndexByte(s[i:j], ':'); c > 0 && i+c+5 < j {
				c += i
				ws := i + bytes.LastIndexByte(s[i:c], ':') + 1
				if c-ws >= 2 && inLower(idWords, s[ws:c]) {
					// A national identifier after its name and a colon inside a word: SCHAC's
					// urn:schac:personalUniqueID:pl:PESEL:92031704185.
					if start, end, cat := nationalIDAfter(s, ws, c, span{}); start == c+1 && end == j {
						w.where = w.label("phrase", s[ws:c])
						w.contextValue(cat, s, start, end, base)
						prev2, prev1 = prev1, span{i, j}
						i = j
						continue
					}
				}
			}
		}
		if j-i >= 16 && flags&hasDigit != 0 && flags&(hasDot|hasColon|hasAt) == 0 && s[prev1.end] == ' ' &&
			(prev1.end+1 == i || prev1.end+2 == i && (s[i-1] == '\'' || s[i-1] == '"') && j < len(s) && s[j] == s[i-1]) &&
			sessionWord(s[prev1.start:prev1.end]) && sessionIDShaped(s[i:j]) {
			// A session's id in prose: "logged in, session 9C41D7E0...", "-> sesión aH7dP0x...",
			// SEB's "connection token 'c8f21e0a-...'": whoever holds it is logged in.
			w.where = w.label("phrase", s[prev1.start:prev1.end])
			w.contextValue(categories.Secret, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if (j-i == 1 || j-i == 2 && s[i+1] == ':') && s[i]|0x20 == 'n' && i >= 2 && s[i-1] == '/' && s[i-2]|0x20 == 's' && (i == 2 || !isAlnum(s[i-3])) {
			// A serial number after S/N: "PORT-FERNANDEZ-02 (S/N PF3KX9ZT)"
			if start, end, cat := nationalIDAfter(s, i-2, j, prev1); end > start {
				w.where = w.label("phrase", []byte("S/N"))
				w.contextValue(cat, s, start, end, base)
				prev2, prev1 = prev1, span{start, end}
				i = end
				continue
			}
		}
		wi := i
		if flags&hasColon != 0 && j-i <= 40 && isLetter(s[i]) {
			// A search's field before the name: persoon:bsn 693563278, zoekterm:ssn ...
			if c := bytes.IndexByte(s[i:j-1], ':'); c > 0 && isLettersOnly(s[i:i+c]) {
				wi = i + c + 1
			}
		}
		if e := j; j-wi >= 2 && j-wi <= 24 && idWordShapes.may(s[wi:e-btoi(s[e-1] == ':' || s[e-1] == '.')]) {
			if start, end, cat := nationalIDAfter(s, wi, j, prev1); end > start {
				// A national identifier after its name in prose: "CNP 1791115400336", "NI
				// number QQ 12 34 56 C", "TAJ: 085 117 646", "DNI 48213907L", "henkilötunnus
				// 070992-318S": a known format keeps its check characters valid.
				if start > j+1 {
					w.scanFrom(s[:start], j, mode, delim, base)
				}
				w.where = w.label("phrase", bytes.TrimRight(s[i:j], ":."))
				w.contextValue(cat, s, start, end, base)
				prev2, prev1 = prev1, span{start, end}
				i = end
				continue
			}
		}
		if s[j-1] != ':' && !(j+1 < len(s) && s[j] == ' ' && s[j+1] == ':') {
			// (no colon after the word: no note's author; most words leave here)
		} else if end := noteAuthorEnd(s, i, j, prev1); end > i {
			// A case note's author: "note by mokeefe:", "por mgarcia:", "par mlemaire :",
			// "notă rstan:": a login, then the note.
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, end, base)
			prev2, prev1 = prev1, span{i, end}
			i = end
			continue
		}
		// KEY => 'VALUE' (NetworkManager, Perl and Ruby hashes)
		if j+4 < len(s) && s[j] == ' ' && s[j+1] == '=' && s[j+2] == '>' && s[j+3] == ' ' {
			key := bytes.TrimPrefix(s[i:j], []byte(":")) // a Ruby symbol, :user
			if cat := w.e.rawKeys.lookupAssigned(key); cat != "" {
				w.where = w.label(keyLabel, key)
				i = w.keyValue(s, j+4, cat, mode, delim, base)
				continue
			}
		}
		if i > 0 && j+1 < len(s) && s[i-1] == '[' && s[j] == ']' && s[j+1] == '=' {
			// A form's nested key, as PHP and Rails name fields and Stripe posts them:
			// address[city]=Aarhus, user[email]=... (a URL's query decodes %5B too)
			if cat := bracketKeyCategory(s[i:j], w.e.rawKeys); cat != "" {
				w.where = w.label("key", s[i:j])
				i = w.keyValue(s, j+2, cat, mode, delim, base)
				continue
			}
		}
		if i > 0 && s[i-1] == '"' && j+4 < len(s) && s[j] == '"' && s[j+1] == '=' && s[j+2] == '>' && s[j+3] == '"' {
			// A Ruby hash as Rails logs its parameters: {"username"=>"jdoe"}; a "name"
			// that holds a person's ({"name"=>"佐藤 美咲"}), as JSON's would.
			cat := w.e.rawKeys.lookupAssigned(s[i:j])
			if cat == "" && j-i == 4 && equalFold(s[i:j], "name") && quotedPersonName(s, j+4) {
				cat = categories.Fullname
			}
			if cat != "" {
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+3, cat, mode, delim, base)
				continue
			}
		}
		// The common case: a plain word (letters only) that is no key. It can only be a
		// name a phrase points at, or a value learned earlier: try those and move on.
		// A key (key=, a quoted "key": of JSON or Python written in text, as a
		// pretty-printed document's lines are) names a value and is none: a learned
		// value that happens to be spelled like it (a host named "target") stays.
		// Basic USER:PASSWORD in base64, wherever a proxy or a server logged the header
		if j-i >= 5 && s[j-5] == 'B' && string(s[j-5:j]) == "Basic" && (j-5 == i || s[j-6] == ':') && j+9 < len(s) && s[j] == ' ' {
			if n := basicCredentialsLen(s[j+1:]); n > 0 {
				w.where = w.label("option", s[j-5:j]) // (also Authorization:Basic, as mod_log_forensic writes it)
				w.contextValue(categories.Secret, s, j+1, j+1+n, base)
				i = j + 1 + n
				continue
			}
		}
		if j+4 < len(s) && s[j] == '/' && (j-i == 1 && s[i] == 'P' && i >= 1 && s[i-1] == '.' && (i == 1 || s[i-2] == ' ') ||
			j-i == 2 && s[i] == '.' && s[i+1] == 'P' && (i == 0 || s[i-1] == ' ' || s[i-1] == '/')) { // (/: a message flattened onto one line)
			if end := w.bsmPassengerAt(s, j+1, base); end > j+1 {
				i = end // an IATA baggage message's passenger element: .P/MUELLER/ANNA
				continue
			}
		}
		if j-i == 4 && i >= 4 && string(s[i-4:i]) == "SSR " && (string(s[i:j]) == "CTCE" || string(s[i:j]) == "CTCM") {
			if end := w.airimpContactAt(s, j, s[i+3] == 'E', base); end > j {
				i = end // a booking's contact: SSR CTCE LH HK1/ANNA.MUELLER//GMX.DE, SSR CTCM LH HK1/4917623456781
				continue
			}
		}
		if j-i == 3 && string(s[i:j]) == "cli" && j+9 < len(s) && s[j] == ' ' && i > 0 && s[i-1] == ' ' {
			// FreeRADIUS: (from client nas01 port 0 cli 393471234567): the Calling-Station-Id,
			// a subscriber's number on a mobile or dial-up line (a MAC is found by shape)
			k := j + 1 + btoi(s[j+1] == '+')
			e := k
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if e-k >= 8 && e-k <= 15 && (e == len(s) || s[e] == ')' || s[e] == ' ') {
				w.where = w.label("option", s[i:j])
				w.contextValue(categories.Phone, s, j+1, e, base)
				i = e
				continue
			}
		}
		if j+1 < len(s) && s[j] == '=' && j-i > 7 && s[j-1] == 'D' && s[j-3] == '%' {
			// A form's nested key, URL-encoded as a webhook's body carries it:
			// data%5Bmerges%5D%5BFNAME%5D=Charlotte
			if leaf := bracketLeaf(s[i:j]); leaf != nil {
				if cat := bracketKeyCategory(leaf, w.e.rawKeys); cat != "" {
					w.where = w.label("key", leaf)
					i = w.keyValue(s, j+1, cat, mode, delim, base)
					continue
				}
			}
		}
		// SASL credentials after AUTH PLAIN or AUTH LOGIN, as an IDS payload or a mail
		// server's debug log shows the exchange
		if j-i == 5 && i >= 5 && s[i-1] == ' ' && equalFold(s[i-5:i-1], "AUTH") && (i == 5 || !isAlnum(s[i-6])) &&
			(equalFold(s[i:j], "PLAIN") || equalFold(s[i:j], "LOGIN")) {
			if end := w.saslResponses(s, j, equalFold(s[i:j], "PLAIN"), base); end > j {
				i = end
				continue
			}
		}
		isKey := j < len(s) && s[j] == '=' && (j+1 == len(s) || s[j+1] != '=') && !(flags&hasColon != 0 && wholeIPv6(s[i:j])) ||
			i > 0 && (s[i-1] == '"' || s[i-1] == '\'') && j+1 < len(s) && s[j] == s[i-1] && s[j+1] == ':' && keyPosition(s, i-1)
		// "key"="value", as Ruckus SmartZone writes its events: "userName"="p.eriksson"
		if i > 0 && s[i-1] == '"' && j+3 < len(s) && s[j] == '"' && s[j+1] == '=' && s[j+2] == '"' {
			if q := bytes.IndexByte(s[j+3:], '"'); q > 0 {
				if cat := w.e.rawKeys.lookupAssigned(s[i:j]); cat != "" {
					w.where = w.label("key", s[i:j])
					w.contextValue(cat, s, j+3, j+3+q, base)
					i = j + 4 + q
					continue
				}
			}
		}
		if j < len(s) && s[j] == '(' && i >= 2 && s[i-1] == ' ' && s[i-2] == ']' && flags&(hasColon|hasAt|hasOther) == 0 &&
			accountBytes(s[i:j]) && realmRolesAt(s, j) {
			// Pulse Secure and Ivanti Connect Secure: [10.1.2.3] jdoe(Users)[Roles] - ...
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if j < len(s) && s[j] == '=' && flags&(hasColon|hasDot) != 0 && ofsFieldKey(s[i:j]) && !wholeIPv6(s[i:j]) && (flags&hasColon != 0 || ofsFieldCategory(s[i:j]) != "") {
			// Temenos T24's OFS: SHORT.NAME:1:1=, TOWN.COUNTRY:1:1= (a field, its value
			// and sub-value numbers): a key, though .name and .country are top-level
			// domains. Its value is read by the field's name.
			if cat := ofsFieldCategory(s[i:j]); cat != "" {
				end := j + 1 + max(0, bytes.IndexByte(s[j+1:], ','))
				if bytes.IndexByte(s[j+1:], ',') < 0 {
					end = len(s)
				}
				if k := nextUpperKeyAt(s, j+1, end); k > 0 {
					end = k // the PROTOCOL log's fields, KEY=value KEY=value: a blank ends the value
				}
				w.where = w.label("key", s[i:j])
				w.contextValue(cat, s, j+1, end, base) // (a value runs to the next ',')
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if isKey && flags&(hasColon|hasAt|hasDigit|hasOther) == 0 && (j == len(s) || s[j] != '=') {
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags&(hasColon|hasAt|hasDot|hasDigit|hasDash|hasOther) == 0 && (j == len(s) || plainWordEnd[s[j]]) &&
			!(j+2 < len(s) && s[j] == ' ' && s[j+1] == '=' && s[j+2] == ' ') {
			if j+3 < len(s) && s[j] == ' ' && s[j+1] == 'a' && s[j+2] == '/' && isDigit(s[j+3]) && i > 0 && s[i-1] == ' ' && gerritAccountAt(s, j+3) {
				// Gerrit's sshd_log and httpd_log: SESSION USER a/ACCOUNT-ID: the login.
				w.where = w.label("field", []byte("gerrit user"))
				w.contextValue(categories.Username, s, i, j, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
			if j-i == 5 && j+1 < len(s) && s[j] == '|' && i > 0 && s[i-1] == '[' && string(s[i:j]) == "login" {
				// SonarQube's auth events: [login|jdoe]
				if e := bytes.IndexByte(s[j+1:min(len(s), j+130)], ']'); e > 0 && accountBytes(s[j+1:j+1+e]) {
					w.where = w.label("field", []byte("login"))
					w.contextValue(categories.Username, s, j+1, j+1+e, base)
					i = j + 1 + e
					continue
				}
			}
			if j-i == 6 && j+3 < len(s) && s[j] == ' ' && s[j+1] == ':' && s[j+2] == ' ' && string(s[i:j]) == "client" && hasPrefixAt(s, max(0, i-4), "for ") {
				// Artifactory's access log: ... for client : jdoe / 10.1.2.3.
				e := argEnd(s, j+3)
				if e > j+3 && hasPrefixAt(s, e, " / ") && accountBytes(s[j+3:e]) {
					w.where = w.label("field", []byte("client"))
					w.contextValue(categories.Username, s, j+3, e, base)
					i = e
					continue
				}
			}
			if j+3 < len(s) && s[j] == ' ' && s[j+1] == '"' && j-i == 10 && equalFold(s[i:j], "cardholder") {
				// A card's holder quoted after the word, as card feeds' importers log it:
				// cardholder "HALVORSEN BJORN", (cardholder "CARVALHO/INES")
				if q := bytes.IndexByte(s[j+2:min(len(s), j+80)], '"'); q > 1 && hasLetter(s[j+2:j+2+q]) && !containsDigit(s[j+2:j+2+q]) {
					w.where = w.label("key", s[i:j])
					w.contextValue(categories.Fullname, s, j+2, j+2+q, base)
					prev2, prev1 = prev1, span{j + 2, j + 2 + q}
					i = j + 3 + q
					continue
				}
			}
			if j+2 < len(s) && s[j] == ' ' && s[j+1] == '\'' && j-i >= 5 && w.e.rawKeys.lookup(s[i:j]) == categories.DeviceID {
				// A device's id quoted after its key and a blank: chargeBoxId
				// 'AT-GRZ-CP0042', idTag '04A2B3C4D5E6F7' (OCPP servers).
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+1, categories.DeviceID, mode, delim, base)
				continue
			}
			known := w.mayBeLearned(s[i:j])
			if known && s[i] >= 'A' && s[i] <= 'Z' && (listedKeyStartsAt(s, i, w.e.rawKeys) || i >= 3 && string(s[i-3:i]) == "IN " && dnsTypes[string(s[i:j])]) {
				// A key of several words is no value: "SAM Account Name:" stays when a
				// user sam was learned; nor is a DNS query's type (IN AAAA) a user aaaa.
				known = false
			}
			if known && j+1 < len(s) && s[j] == '\\' && runByte[s[j+1]] && !textEscapeAt(s, j) {
				known = false // a learned domain before its account (CORP\asmith): read as the pair below
			}
			if end := w.learnedPhraseValue(s, i, j, base, known); end > i {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
			if (s[i] >= 'A' && s[i] <= 'Z' && j+1 < len(s) && (s[j] == ' ' || s[j] == ',' && i > 0 && s[i-1] == '"') || j < len(s) && s[j] == '"') && angleAfter(s, j, &angle) {
				// From: Jane Doe <jdoe@example.com>: the name an address is shown with.
				if end := displayNameEnd(s, i, j); end > i {
					w.where = wherePhrase
					w.contextValue(categories.Fullname, s, i, end, base)
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if s[i] >= 'A' && s[i] <= 'Z' && (j+3 < len(s) || j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1])) && (s[j] == ' ' || s[j] == ',') {
				// A personal name in prose (Anna Kowalska, Kowalska, Anna), or a street and its
				// number at the line's end (Lindenstrasse 4). A word learned
				// on its own (given_name=Anna) keeps its own pseudonym, and the name's
				// other words are mapped each as a word of a name.
				w.nameWordwise = w.learnedWord(s[i:j], known)
				end := w.personNameAt(s, i, j, base)
				w.nameWordwise = false
				if end > j {
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			}
			if s[i] >= 'A' && s[i] <= 'Z' && j-i >= 3 {
				if end, cStart, cEnd := w.cityPhrase(s, i, j, prev1); end > i {
					w.cityValue(s, i, end, cStart, cEnd, base)
					prev2, prev1 = prev1, span{i, max(end, cEnd)}
					i = max(end, cEnd)
					continue
				}
			}
			if cat := w.categoryForPhrase(s, i, j, prev1, prev2); cat != "" {
				w.where = wherePhrase
				end := j
				if i > 0 && s[i-1] == '"' && cat == categories.Username {
					end = quotedNameEnd(s, i, j) // User "Marta Kowalska": the whole name
				}
				w.contextValue(cat, s, i, end, base)
				if end > j && cat == categories.Username && end+3 < len(s) && s[end] == '"' && hasPrefixAt(s, end+1, " (") {
					// Fabasoft: User "Wimmer Georg" (wimmer.g): the person's login after the name.
					if close := bytes.IndexByte(s[end+3:min(len(s), end+68)], ')'); close > 0 && markedLogin(s[end+3:end+3+close]) {
						w.contextValue(categories.Username, s, end+3, end+3+close, base)
						end += 4 + close
					}
				}
				if end > j {
					prev2, prev1 = prev1, span{i, end}
					i = end
					continue
				}
			} else if known {
				if cat, ok := w.learnedToken(s[i:j]); ok {
					w.where = whereLearned
					w.keyedValue(cat, s[i:j], base+i)
				}
			}
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		// A learned value of several words (a full name).
		if end := w.learnedPhraseValue(s, i, j, base, !isKey && flags&(hasColon|hasAt) == 0 && w.mayBeLearned(s[i:j])); end > i {
			prev2, prev1 = prev1, span{i, end}
			i = end
			continue
		}
		// auditd: hex values, execve arguments, socket addresses.
		if j+5 < len(s) && s[j] == '=' && (isDigit(s[j+1]) || s[j+1] >= 'A' && s[j+1] <= 'F') && j-i <= 9 {
			if end := w.auditValue(s, i, j, base); end > j {
				i = end
				continue
			}
		}
		// HPE NonStop's Safeguard names a user GROUP.USER and its ids: PAY.SLARSEN(112,45).
		if j+5 < len(s) && s[j] == '(' && flags&hasDot != 0 && flags&(hasColon|hasAt|hasOther) == 0 && nonStopUserAt(s, i, j) {
			w.where = w.label("field", []byte("NonStop user"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		// key=value, key="value", key=<value> (an address before '=' is an address: AA::1=)
		if j < len(s) && s[j] == '=' && !(flags&hasColon != 0 && wholeIPv6(s[i:j])) {
			if isDigit(s[i]) && flags&hasDot != 0 {
				// An address joined to the next key by a dash, as HPE Comware writes its
				// fields: -IPAddr=10.1.2.3-User=jdoe. The address is scanned, the rest is
				// the key.
				if d := bytes.LastIndexByte(s[i:j], '-'); d > 0 && isLetter(s[i+d+1]) && bytes.IndexByte(s[i:i+d], '-') < 0 &&
					w.e.rawKeys.lookupAssigned(s[i+d+1:j]) != "" {
					w.scanRun(s, i, i+d, base)
					i += d + 1
					flags = 0
					for _, c := range s[i:j] {
						flags |= runClass[c]
					}
				}
			}
			if j-i == 1 && s[i] == 'U' && j+1 < len(s) && isLetter(s[j+1]) && eximMessageAt(s) && bytes.Contains(s[j:min(len(s), j+128)], []byte(" P=")) {
				// Exim: U=USER, the local user who submitted the message.
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+1, categories.Username, mode, delim, base)
				continue
			}
			if j-i == 2 && s[i] == 'i' && s[i+1] == 'd' && j+1 < len(s) && isAlnum(s[j+1]) && eximMessageAt(s) {
				// Exim: id=, the message's Message-ID without its angle brackets.
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+1, messageIDValue, mode, delim, base)
				continue
			}
			if j-i == 1 && s[i] == 'A' && j+1 < len(s) && isLetter(s[j+1]) && bytes.Contains(s[max(0, i-512):i], []byte(" P=")) {
				// Exim: A=AUTHENTICATOR:USER, the authenticator and the login it took.
				if colon := bytes.IndexByte(s[j+1:argEnd(s, j+1)], ':'); colon > 0 {
					w.where = w.label(keyLabel, s[i:j])
					i = w.keyValue(s, j+2+colon, categories.Username, mode, delim, base)
					continue
				}
			}
			if j+1 < len(s) && (s[i] <= 'Z' && s[j+1] == '"' || s[i] >= 'a' && isLetter(s[j+1])) && j-i <= 5 && auditNameKeys[string(s[i:j])] {
				// ausearch's resolved names: AUID="jdoe" UID="jdoe", auid=jdoe uid=jdoe
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+1, categories.Username, mode, delim, base)
				continue
			}
			cat := w.e.rawKeys.lookupAssigned(trimOptionDashes(s[i:j]))
			if cat != "" && j-i == 4 && i > 0 && s[i-1] == ';' && string(s[i:j]) == "user" && sipUserParam(s, j+1) {
				cat = "" // a SIP URI's parameter: sip:+4930...@host;user=phone (RFC 3261)
			}
			if c := bytes.LastIndexByte(s[i:j], ':'); cat == "" && c > 0 && i+c+2 < j && flags&hasColon != 0 {
				cat = w.e.rawKeys.lookup(s[i+c+1 : j]) // a header's name before it: Cookie:JSESSIONID=X (mod_log_forensic)
				if cat != "" && flags&hasAt != 0 {
					// DSpace: @ EMAIL:ip_addr=IP:ACTION: what stands before the key is read too
					w.scanRun(s, i, i+c, base)
				}
			}
			if cat == "" && s[i] >= 'A' && s[i] <= 'Z' && mode != modeCEF {
				cat = w.twoWordKey(s, i, j) // ClearPass: MAC Address=482ae319c05d,User Name=jdoe
			}
			if cat == "" && sessionCookieKey(s[i:j]) && randomTokenShaped(accountRun(s, j+1)) {
				cat = categories.Secret // a cookie named for its site: kp_session=hldcw4bQ3Ptl... (not max_session=30)
			}
			if cat == "" && j-i == 4 && equalFold(s[i:j], "name") && bytes.Contains(s[max(0, i-48):i], []byte("GameProfile@")) {
				cat = categories.Username // Minecraft's GameProfile@3f2a1b[id=<null>,name=Olle_Sjoberg,...]: a player
			}
			if cat == "" && keyedToken(s[i:j], accountRun(s, j+1+btoi(j+1 < len(s) && s[j+1] == '"'))) {
				cat = categories.Secret // a robot vacuum's localKey=Zp8Kx3Qm9Lr2Tv6W
			}
			if cat == categories.Path && j-i == 3 && equalFold(s[i:j], "pwd") {
				if v := s[j+1+btoi(j+1 < len(s) && s[j+1] == '"'):]; len(v) > 0 && isAlnum(v[0]) && !(len(v) > 2 && v[1] == ':') {
					cat = categories.Secret // a device's Wi-Fi setup, pwd="8463...": a password, not sudo's PWD=/home/jdoe
				}
			}
			if cat == "" && (mode == modeCEF || mode == modeLEEF) && cefCustomKey(s[i:j]) {
				cat = w.cefLabelCategory(s, s[i:j], mode, delim) // cs1Label="Affected User Name" cs1=jdoe
			}
			if (cat == categories.IBAN || cat == categories.Secret) && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' {
				if end := w.groupedIBANValue(s, i, j, keyLabel, base); end > j {
					i = end
					continue
				}
			}
			if cat == categories.Secret && testTally(s, i, j) {
				cat = "" // dbt's and test runners' PASS=3 WARN=0 ERROR=1: a count
			}
			if cat == terminalValue && s[i] != 'T' {
				cat = "" // a payment terminal's terminal=ING-Move5000-0271, a kiosk's: no one's machine
			}
			if cat == categories.Username && j-i == 8 && equalFold(s[i:j], "operator") &&
				!operatorLogin(accountRun(s, j+1+btoi(j+1 < len(s) && (s[j+1] == '"' || s[j+1] == '\'')))) &&
				!(j+2 < len(s) && s[j+1] == '"' && quotedPersonName(s, j+2)) { // (Opcenter's Operator="Okonkwo, Grace")
				cat = "" // a query's operator=AND, operator=eq: no one
			}
			if cat == categories.Username && j-i == 3 && equalFold(s[i:j], "tlr") && !hasLowerLetter(accountRun(s, j+1)) {
				cat = "" // a bank branch's TLR=T0214-03: a teller's position, not a login (TLR=ma4471)
			}
			if cat == "" && s[i] == 'x' {
				if e := xmlNamespaceEnd(s, i, j); e > 0 {
					i = e // an XML namespace: the name of a schema, no address anyone visits
					continue
				}
			}
			if cat == "" && j-i == 7 && string(s[i:j]) == "cfgpath" {
				// FortiOS' configuration path (cfgpath="user.local", "firewall.policy"):
				// a table of the configuration, no host.
				v := j + 1 + btoi(j+1 < len(s) && s[j+1] == '"')
				e := v
				for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || isDigit(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '_' || s[e] == '+') {
					e++
				}
				if e > v && (e == len(s) || s[e] == '"' || s[e] == ' ') {
					i = e
					continue
				}
			}
			if cat == "" && j-i == 6 && string(s[i:j]) == "cfgobj" && fortiUserTable(s) {
				cat = categories.Username // the account a user table's change names: cfgpath="user.local" cfgobj="jdoe"
			}
			if cat == "" && (j-i == 5 && equalFold(s[i:j], "agent") || j-i == 2 && equalFold(s[i:j], "op")) {
				// A contact centre's or a rental desk's agent=k.huber, a team's cs.ymertens, a
				// key encoder's op=r.santos; an agent= that is a program's (agent=Mozilla/5.0,
				// agent=filebeat) and an operation (op=read) stay text.
				v := accountRun(s, j+1+btoi(j+1 < len(s) && (s[j+1] == '"' || s[j+1] == '\'')))
				if initialDotSurname(v) || initialThenSurname(v) || teamDotLogin(v) || teamSurnameInitial(v) {
					cat = categories.Username
				}
			}
			if cat == "" && inLower(credentialKeys, s[i:j]) && j+1 < len(s) && s[j+1] != '"' {
				// basic_auth=USER:PASSWORD: a webhook receiver's or a proxy's credentials
				w.where = w.label(keyLabel, s[i:j])
				i = w.credentialsValue(s, j+1, argEnd(s, j+1), base)
				continue
			}
			if cat == categories.Email && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' && personNameAt(s, j+1) {
				cat = categories.Fullname // a parcel's recipient=Theresa Obermaier, sender=Katarzyna Lis
			}
			if cat == categories.Email && j+3 < len(s) && domainLoginAt(s, j+1) {
				cat = categories.Username // an intake's Originator=LOYENSNL\pverhoeven: a Windows account, not a sender's address
			}
			if (cat == categories.Email || cat == categories.IP || cat == categories.Address) && j+3 < len(s) && s[j+1] == '"' {
				if c := quotedPartyCategory(s, j+2); c != "" {
					cat = c // a parcel's sender="Modehaus Lindqvist GmbH", from="Lindenstraße 14, 04177 Leipzig"; a stop's addr="ul. ..."; a timesheet's client="Sidmar Logistics NV"
				}
			}
			if cat == categories.IP && j-i == 4 && equalFold(s[i:j], "addr") && j+2 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' &&
				bytes.IndexByte(s[j+1:min(len(s), j+40)], ' ') > 0 {
				cat = categories.Geo // an alarm receiving centre's ADDR=Gumpendorfer Straße 112/4, 1060 Wien (auditd's addr= is an IP)
			}
			if cat == categories.IP && j-i == 4 && equalFold(s[i:j], "addr") && j+3 < len(s) && (s[j+1] == '"' && s[j+2] >= 0xC0 || s[j+1] >= 0xC0) {
				cat = categories.Geo // a lost-and-found record's addr="東京都杉並区阿佐谷南3-14-2": a place in another script
			}
			if cat == "" && j+3 < len(s) && s[j+1] == '"' && actorKey(s[i:j]) && quotedPersonName(s, j+2) {
				cat = categories.Fullname // a helicopter manifest's closedBy="Tone Bakken": the actor by name
			}
			if cat == "" && actorKey(s[i:j]) && (loginShapedAt(s, j+1) || byKeyLogin(s[i:j], s, j+1)) {
				// printedBy=jdewit, approved_by=m.jansen, a field service's tech=mbianchi,
				// Pronote's par=prof.dgarnier: an actor, when the value is shaped as a login
				// (sortBy=name, groupBy=host and tech=java are not).
				cat = categories.Username
			}
			if cat == "" && j+2 < len(s) && s[j+1] == '"' && j-i <= 12 && personRoles[string(bytes.ToLower(s[i:j]))] && quotedPersonName(s, j+2) {
				cat = categories.Fullname // a port agent's contact="Κωνσταντίνος Αλεξίου", a ticket's customer="Anna Berg"
			}
			if cat == "" && j+2 < len(s) && s[j+1] == '"' && actorKey(s[i:j]) && quotedPersonName(s, j+2) {
				cat = categories.Fullname // a lone worker's alarm escalated_to="Rui Carvalho"
			}
			if cat == "" && j-i == 4 && equalFold(s[i:j], "name") && givenNameKeyNext(s, j+1) {
				cat = categories.Fullname // ELSTER: Name=Pfeiffer Vorname=Jonas, the family name
			}
			if cat == "" && j-i >= 4 && j-i <= 6 && equalFoldAny(s[i:j], "name", "nombre", "nome", "navn", "namn", "nimi") && surnameKeyNext(s, j+1) {
				cat = categories.Fullname // SPID: name=Giulia familyName=Esposito; Cl@ve: nombre=JAVIER apellidos=
			}
			if cat == "" && j-i == 4 && string(s[i:j]) == "name" && userSDElement(s, i) {
				cat = categories.Username // RFC 5424 structured data: [user@2021 name="k.oconnell" domain="CORP"]
			}
			if cat == "" && j-i >= 3 && j-i <= 6 && equalFoldAny(s[i:j], "name", "navn", "namn", "nimi", "naam", "nombre", "nom", "nome") && j+2 < len(s) && s[j+1] == '"' && quotedPersonName(s, j+2) {
				cat = categories.Fullname // a member portal's name="Hans-Peter Meier", a Danish portal's navn="Line Brøndum"
			}
			if cat == "" && j-i == 2 && equalFold(s[i:j], "cn") && j+2 < len(s) && s[j+1] == '"' {
				if q := bytes.IndexByte(s[j+2:min(len(s), j+80)], '"'); q > 0 {
					if cut, _ := eidCommonName(s[j+2 : j+2+q]); cut > 0 {
						cat = categories.Fullname // an eID card's subject: CN="SAAR,JÜRI,36905308725"
					}
				}
			}
			if cat == "" && j-i == 4 && equalFoldAny(s[i:j], "navn", "namn", "nimi") && j+2 < len(s) && s[j+1] == '"' && capitalWordsQuoted(s, j+2) {
				cat = categories.Fullname // Nordic and Estonian registers: nimi="Helje Lõhmus", whatever the given name
			}
			if dot := bytes.LastIndexByte(s[i:j], '.'); cat == "" && dot > 0 && i+dot+1 < j {
				cat = w.e.rawKeys.lookup(s[i+dot+1 : j]) // Aruba ClearPass: Common.Username=
				if cat == "" && j-i >= 9 && bytes.HasSuffix(s[i:j], []byte("user.name")) && (j-i == 9 || s[j-10] == '.') {
					cat = categories.Username // Docker Registry's logfmt: auth.user.name="jdoe"
				}
			}
			if cat == "" && (j-i == 3 || j-i == 8) && (s[i]|0x20 == 'o' || s[i]|0x20 == 'n') && equalFoldAny(s[i:j], "old", "new", "oldvalue", "newvalue") {
				cat = w.changedFieldBefore(s, i) // field=MOBILE|old=06-12843907|new=+31 6 12843907
			}
			if cat == "" && j-i == 1 && s[i] == 'u' && i >= 5 && s[i-1] == ' ' && isDigit(s[i-2]) && bytes.Contains(s[max(0, i-12):i], []byte(" p=")) {
				cat = categories.Username // ansible.log: DATE p=PID u=USER n=ansible | ...
			}
			if cat == "" && j-i == 2 && (s[i+1] == 'D' || s[i+1] == 'd') && s[i] == 'I' && i >= 5 && equalFold(s[i-5:i], "user ") {
				cat = categories.Username // a connection string's User ID=
			}
			if cat == "" && j-i == 4 && string(s[i:j]) == "name" && i >= 11 && string(s[i-11:i]) == "new group: " && j+1 < len(s) && isLetter(s[j+1]) &&
				bytes.Contains(s[:i], []byte("useradd")) {
				cat = categories.Username // useradd: new group: name=jdoe, GID=1027 (the user's own group)
			}
			if cat == "" && j-i == 4 && string(s[i:j]) == "name" && i >= 5 {
				if end := w.toStringNameValue(s, i, j, keyLabel, base); end > j {
					i = end
					continue
				}
			}
			if cat == "" && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 6 && j-i <= 48 {
				// A Windows event's data written as text, Snare's and NXLog's
				// SubjectUserName="..." TargetDomainName="...": the winlog profile's names.
				cat = inLower(w.e.winlogNames, s[i:j])
				if cat == categories.Path && !pathShapedValue(s, j+1) {
					cat = "" // Temenos T24's APPLICATION=FUNDS.TRANSFER: a version's name, no file (WFP's Application= is one)
				}
			}
			if c := bytes.LastIndexByte(s[i:j], ':'); cat == "" && c > 0 && c+1 < j-i && isDNKey(s, j+1) {
				i += c + 1 // a DN after a tool's word and a colon: dsmod succeeded:CN=Schmit\, Paul,OU=...
			}
			if cat == "" && isDNKey(s, j+1) {
				cat = dnAttributes[dnKeyName(s[i:j])]
				if cat == "" && j-i == 2 && equalFold(s[i:j], "ou") && w.e.cats.on(categories.Geo) {
					// An organisational unit named for a site's city (OU=Rotterdam,DC=corp):
					// the city; other units (OU=Finance) stay.
					e := j + 1
					for e < len(s) && s[e] != ',' && s[e] != '+' && s[e] != '"' && s[e] != ')' && s[e] != ';' && s[e] != '\\' && s[e] != '\t' {
						e++
					}
					if e > j+1 && w.geo.IsCity(s[j+1:e]) {
						cat = categories.Geo
					}
				}
				if cat == categories.Fullname && (issuerDNBefore(s, i) || caCommonName(s, j+1)) {
					cat = "" // an issuer's CN=R11, CN=Sectigo RSA ... CA: a CA, no person
				}
			}
			if cat == "" && i > 0 && s[i-1] == '(' && j+1 < len(s) && isLetter(s[j+1]) {
				// (uid=1000) is a number, by(uid=1000) too; (uid=jdoe) is an LDAP filter.
				cat = inLower(ldapFilterAttributes, s[i:j])
			}
			if cat == "" && j-i <= 9 && equalFoldAny(s[i:j], "old", "new", "old_value", "new_value", "oldvalue", "newvalue") {
				cat = w.auditColumnCategory(s, i) // COLUMN=CITY,OLD=Slough,NEW=Watford
			}
			if cat != "" {
				w.where = w.label(keyLabel, s[i:j])
				i = w.keyValue(s, j+1, cat, mode, delim, base)
				continue
			}
		}
		// Citrix NetScaler ICA logs: username:domainname jdoe:CORP
		if j-i == 19 && s[i] == 'u' && string(s[i:j]) == "username:domainname" && j+1 < len(s) && s[j] == ' ' {
			end := argEnd(s, j+1)
			if colon := bytes.IndexByte(s[j+1:end], ':'); colon > 0 && j+2+colon < end {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, j+1, j+1+colon, base)
				w.contextValue(categories.Domain, s, j+2+colon, end, base)
				i = end
				continue
			}
		}
		// Kafka's authorizer: Principal = User:jdoe is Denied Operation
		if flags&hasColon != 0 && j-i > 5 && s[i] == 'U' && hasPrefixAt(s, i, "User:") && i >= 12 && string(s[i-12:i]) == "Principal = " {
			if j < len(s) && s[j] == '=' {
				i += 5 // User:CN=svc,OU=...: a certificate's DN, read from its first key
				continue
			}
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i+5, j, base)
			i = j
			continue
		}
		// key:value with no blank, as Teleport and many application logs write it:
		// user:jdoe, server_hostname:db-01, [user:kmorales]. Only keys that name a user,
		// a host or an address, before a plain value (no URL, address or time).
		if flags&hasColon != 0 && flags&hasAt == 0 && j-i > 5 && (i == 0 || s[i-1] != '/' && s[i-1] != '(') { // pam_unix(login:session)
			if end := w.colonKeyValue(s, i, j, base); end > i {
				i = end
				continue
			}
		}
		if n := j - i; n >= 4 && n <= 8 && j+6 < len(s) && s[j] == '[' && isDigit(s[j+1]) && flags&^hasOther == 0 {
			// Open5GS and other cores: MSISDN[4915112847362], IMEISV[3548760909796001]
			if cat := w.e.rawKeys.lookup(s[i:j]); cat == categories.Phone || cat == categories.DeviceID {
				if e := bytes.IndexByte(s[j+1:min(len(s), j+34)], ']'); e > 0 && isDigitsOnly(s[j+1:j+1+e]) {
					w.where = w.label("key", s[i:j])
					w.contextValue(cat, s, j+1, j+1+e, base)
					prev2, prev1 = prev1, span{i, j + 1 + e}
					i = j + 2 + e
					continue
				}
			}
		}
		if j-i == 4 && string(s[i:j]) == "name" && j+2 < len(s) && s[j] == '=' && s[j+1] == '"' && i >= 2 && s[i-1] == ' ' && s[i-2] == ':' {
			// PowerShell's module logging (4103): ParameterBinding(New-ADUser): name="City";
			// value="Horní Lhota": the value is read by the parameter's name.
			if end := w.parameterBindingAt(s, j+2, base); end > j {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		// polkit: unix-user:jdoe
		if flags&hasColon != 0 && j-i > 10 && hasPrefixAt(s, i, "unix-user:") {
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i+10, j, base)
			i = j
			continue
		}
		// A command-line switch with its value: /user:jdoe, -server:fs01.
		if flags&hasColon != 0 && i > 0 && (s[i-1] == '/' || s[i-1] == '-') &&
			(i == 1 || !isAlnum(s[i-2]) && s[i-2] != '<' && s[i-2] != '/' && s[i-2] != '.') { // (not </domain:check>, a/user:x)
			if colon := bytes.IndexByte(s[i:j], ':'); colon > 0 && i+colon+1 < j {
				cat := w.e.rawKeys.lookup(s[i : i+colon])
				if cat == "" && colon == 1 && (s[i] == 'u' || s[i] == 'p') && s[i-1] == '/' && (commandBefore(s, i-1, "xfreerdp", true) || commandBefore(s, i-1, "wfreerdp", true)) {
					cat = categories.Username // xfreerdp /u:USER /p:PASSWORD
					if s[i] == 'p' {
						cat = categories.Secret
					}
				}
				if cat == "" && s[i-1] == '/' && (equalFold(s[i:i+colon], "add") || equalFold(s[i:i+colon], "generic") || equalFold(s[i:i+colon], "delete")) &&
					commandBefore(s, i-1, "cmdkey", true) {
					cat = categories.Address // cmdkey /add:fs01 /user:CORP\jdoe /pass:...: the target's host
					if equalFold(s[i+colon+1:j], "termsrv") {
						cat = "" // /generic:TERMSRV/HOST: Remote Desktop's credential; the host after it is found by its shape
					}
				}
				if cat != "" {
					w.where = w.label("switch", s[i:i+colon])
					for j+1 < len(s) && s[j] == '\\' && runByte[s[j+1]] {
						// /user:CORP\jdoe: the account runs over the backslash
						j++
						for j < len(s) && runByte[s[j]] {
							j++
						}
					}
					if cat == categories.Secret {
						// A password runs over punctuation: /svcpass:Depl0y!Kestrel#7
						for j < len(s) && s[j] > ' ' && s[j] != '"' && s[j] != '\'' && s[j] != ']' && s[j] != '>' {
							j++
						}
					}
					w.contextValue(cat, s, i+colon+1, j, base)
					i = j
					continue
				}
			}
		}
		// A long option and its value as the next word: --password hunter2, --user jdoe.
		if j-i > 3 && s[i] == '-' && s[i+1] == '-' && j+1 < len(s) && s[j] == ' ' && s[j+1] != '-' {
			cat := w.e.rawKeys.lookup(s[i+2 : j])
			if cat == "" {
				// Named by its end (--db-pass, --admin-password), unless a small number
				// follows (--max-pass 3).
				e := j + 1
				for e < len(s) && s[e] != ' ' {
					e++
				}
				if e-j-1 > 4 || !isDigitsOnly(s[j+1:e]) {
					cat = w.e.rawKeys.lookupAssigned(s[i+2 : j])
				}
			}
			if cat == categories.Secret && (hasPrefixAt(s, j+1, "id=") || hasPrefixAt(s, j+1, "source=")) {
				cat = "" // docker build --secret id=pip_conf,src=pip.conf: a secret's name and file
			}
			if cat != "" && optionTakesValue(cat) {
				w.where = w.label("option", s[i+2:j])
				if cat == categories.Username && commandBefore(s, i, "curl", false) {
					i = w.credentialsValue(s, j+1, argEnd(s, j+1), base) // curl --user USER:PASSWORD
					continue
				}
				i = w.keyValue(s, j+1, cat, modePlain, delim, base)
				continue
			}
		}
		// A long option and its value as the next item of a quoted argument list, as
		// Python and JSON print a command: ['--eab-hmac-key', 'KEY'], ["--user", "jdoe"].
		if q := byte(0); j-i > 3 && i > 0 && s[i] == '-' && s[i+1] == '-' && j+4 < len(s) && s[j] == s[i-1] && s[j+1] == ',' {
			q = s[j]
			v := j + 2 + btoi(s[j+2] == ' ')
			if (q == '\'' || q == '"') && v < len(s) && s[v] == q {
				cat := w.e.rawKeys.lookupAssigned(s[i+2 : j])
				k := bytes.IndexByte(s[v+1:], q)
				if cat == categories.Secret && k <= 4 && isDigitsOnly(s[v+1:v+1+max(k, 0)]) {
					cat = "" // '--max-pass', '3'
				}
				// Only accounts and secrets: a host or a URL is found by its own shape.
				if (cat == categories.Secret || cat == categories.Username) && k > 0 {
					w.where = w.label("option", s[i+2:j])
					w.contextValue(cat, s, v+1, v+1+k, base)
					i = v + 2 + k
					continue
				}
			}
		}
		// PowerShell: ConvertTo-SecureString "PASSWORD" -AsPlainText
		if j-i == 22 && equalFold(s[i:j], "ConvertTo-SecureString") {
			if start, end := secureStringLiteral(s, j); end > start {
				w.where = w.label("option", s[i:j])
				w.contextValue(categories.Secret, s, start, end, base)
				i = end
				continue
			}
		}
		// sshpass -p PASSWORD, curl -u USER:PASSWORD, keytool -storepass PASSWORD, ...
		if j-i >= 2 && s[i] == '-' {
			if cat := commandOption(s, i, j); cat != "" {
				w.where = w.label("option", s[i:j])
				end := argEnd(s, j+1)
				if hasPrefixAt(s, j+1, `""`) && j+3 < len(s) && s[j+3] != '"' && cat != credentials && cat != credentialsPercent && cat != passPhrase {
					// A value quoted inside a CSV field, its quotes doubled: -p ""X""
					if k := bytes.Index(s[j+3:], []byte(`""`)); k > 0 {
						w.contextValue(cat, s, j+3, j+3+k, base)
						i = j + 5 + k
						continue
					}
				}
				if q := s[j+1]; (q == '"' || q == '\'') && cat != credentials && cat != credentialsPercent && cat != passPhrase {
					// A quoted value: useradd -c "Jane Doe", --password 'a b'
					if k := bytes.IndexByte(s[j+2:], q); k >= 0 {
						w.contextValue(cat, s, j+2, j+2+k, base)
						i = j + 3 + k
						continue
					}
				}
				switch {
				case cat == credentials:
					if q := s[j+1]; q == '"' || q == '\'' {
						// curl -u 'USER:PASSWORD'
						if k := bytes.IndexByte(s[j+2:], q); k >= 0 {
							w.credentialsValue(s, j+2, j+2+k, base)
							i = j + 3 + k
							continue
						}
					}
					i = w.credentialsValue(s, j+1, end, base)
					continue
				case cat == credentialsPercent:
					if pct := bytes.IndexByte(s[j+1:end], '%'); pct > 0 {
						w.contextValue(categories.Username, s, j+1, j+1+pct, base)
						w.contextValue(categories.Secret, s, j+2+pct, end, base)
						i = end
						continue
					}
					cat = categories.Username
				case cat == passPhrase:
					if hasPrefixAt(s, j+1, "pass:") && j+6 < end {
						w.contextValue(categories.Secret, s, j+6, end, base)
					}
					i = end
					continue
				}
				w.contextValue(cat, s, j+1, end, base)
				i = end
				continue
			}
		}
		// On a mysql command line: -pPASSWORD (glued to its option), -uUSER or -u USER,
		// -hHOST or -h HOST.
		if j-i == 2 && s[i] == '-' && s[i+1] == 'p' && j+2 < len(s) && (s[j] == '\'' || s[j] == '"') && (i == 0 || s[i-1] == ' ') && mysqlCommandBefore(s, i) {
			// mysql -p'PASSWORD': glued, and quoted for the shell
			if k := bytes.IndexByte(s[j+1:], s[j]); k > 0 {
				w.where = w.label("option", s[i:j])
				w.contextValue(categories.Secret, s, j+1, j+1+k, base)
				i = j + 2 + k
				continue
			}
		}
		if j-i >= 2 && s[i] == '-' && mysqlOptionCategory(s[i+1]) != "" {
			if cat := mysqlOption(s, i, j); cat != "" {
				w.where = w.label("option", s[i:i+2])
				if j-i > 2 {
					w.contextValue(cat, s, i+2, j, base)
					i = j
				} else {
					i = w.keyValue(s, j+1, cat, modePlain, delim, base)
				}
				continue
			}
		}
		// An archiver's password glued to its switch: 7z a x.7z files -pSECRET, rar -pSECRET.
		if j-i > 3 && s[i] == '-' && s[i+1] == 'p' && (i == 0 || s[i-1] == ' ') && archiverBefore(s, i) {
			w.where = w.label("option", s[i:i+2])
			end := argEnd(s, i+2)
			for end > i+2 && s[end-1] == '\\' {
				end-- // the backslash of a JSON string's escaped quote (-pX\")
			}
			w.contextValue(categories.Secret, s, i+2, end, base)
			i = max(j, end)
			continue
		}
		// key = value, as Cisco writes it (Username = jdoe, IP = 10.1.2.3)
		if j+2 < len(s) && s[j] == ' ' && s[j+1] == '=' && s[j+2] == ' ' {
			cat := w.e.rawKeys.lookupAssigned(s[i:j])
			if cat == categories.Secret && cmdletShaped(s[j+3:nthWordEnd(s, j+3)]) {
				cat = "" // $pw = ConvertTo-SecureString 'x' -AsPlainText: the command and its argument are read on
			}
			if cat == "" {
				cat = w.twoWordKey(s, i, j) // Intune's "Device Id = ..."
			}
			if cat != "" { // also VMX's guestinfo.ldap.bindpw = "..."
				w.where = w.label("key", s[i:j])
				i = w.colonValue(s, j+2, cat, base)
				continue
			}
		}
		// KEY:[LENGTH] "value", as Oracle's traditional audit trail writes to syslog:
		// USERID:[9] "FHOFFMANN" USERHOST:[11] "WS-DUS-0231"
		if s[j-1] == ':' && j-1 > i && j+5 < len(s) && s[j] == '[' && isDigit(s[j+1]) {
			if k := j + 1 + digitRun(s[j+1:]); hasPrefixAt(s, k, "] \"") {
				if q := bytes.IndexByte(s[k+3:], '"'); q > 0 {
					if cat := w.e.rawKeys.lookupAssigned(s[i : j-1]); cat != "" {
						w.where = w.label("key", s[i:j-1])
						w.contextValue(cat, s, k+3, k+3+q, base)
						i = k + 4 + q
						continue
					}
				}
			}
		}
		// key:"value" (Check Point: user:"Jane Doe (jdoe)"; src:"10.1.2.3")
		if s[j-1] == ':' && j-1 > i && j < len(s) && s[j] == '"' {
			cat := w.e.rawKeys.lookup(s[i : j-1])
			if cat == "" && string(s[i:j-1]) == "machine" {
				cat = categories.Hostname // the administrator's machine (machine:"PT-ADM-02"), not uname's machine: x86_64
			}
			if cat != "" {
				w.where = w.label("key", s[i:j-1])
				i = w.colonValue(s, j, cat, base)
				continue
			}
		}
		// Key : value, with French typography's blank before the colon (Nom du compte :)
		if j-i == 1 && s[i] == ':' && i >= 2 && s[i-1] == ' ' && j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			// (also padded to a column, as DB2's db2diag.log writes "AUTHID  : DOCONNOR")
			keyEnd := i - 1
			for keyEnd > 0 && s[keyEnd-1] == ' ' && i-keyEnd < 24 {
				keyEnd--
			}
			k := keyEnd
			for k > 0 && isLetter(s[k-1]) {
				k--
			}
			cat := ""
			if keyEnd > 0 && isLetter(s[keyEnd-1]) {
				cat = w.e.rawKeys.multiBefore(s, keyEnd)
			}
			if cat == "" && k < keyEnd && (keyEnd < i-1 && (k == 0 || s[k-1] == ' ' || s[k-1] == '\n') || onlyBulletBefore(s, k) ||
				k >= 2 && s[k-1] == ' ' && (s[k-2] == '|' || s[k-2] == ';')) {
				// one word padded (AUTHID  :), first on its line (	 * Username : jdoe), or
				// first in a field (Poste de travail : PC-03 | Utilisateur : jdupont)
				cat = w.e.rawKeys.lookup(s[k:keyEnd])
			}
			if cat == "" && keyEnd-k == 4 && equalFold(s[k:keyEnd], "name") && slashNameAfter(s, j) {
				cat = categories.Fullname // an ATM's journal: NAME   : KLEINSCHMIDT/DORIS (the card's track)
			}
			if cat != "" && keyEnd > 0 && isLetter(s[keyEnd-1]) {
				w.where = w.label("key", s[k:keyEnd]) // (its last word)
				i = w.colonValue(s, j, cat, base)
				continue
			}
		}
		// Key: value (a Windows event rendered as text, nginx error logs)
		if s[j-1] == ':' && j-1 > i && j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\\' && j+1 < len(s) && (s[j+1] == 't' || s[j+1] == 'n')) {
			cat := w.e.rawKeys.multiBefore(s, j-1)
			if cat == "" {
				cat = w.e.rawKeys.lookup(s[i : j-1])
			}
			if cat == "" && j-1-i == 4 && equalFold(s[i:j-1], "name") && slashNameAfter(s, j) {
				cat = categories.Fullname // NAME: SURNAME/GIVEN, as a card's track and an airline write it
			}
			if cat == "" && germanPasswordCompound(s[i:j-1]) {
				cat = categories.Secret // neues Initialpasswort: Sonne-Ahorn-57
			}
			if cat == categories.DeviceID || cat == "" && s[i] >= 'A' && s[i] <= 'Z' && w.twoWordKey(s, i, j-1) == categories.DeviceID {
				cat = categories.DeviceID // Ivanti's "Device ID: {GUID}": a key of two words, joined
			}
			if cat == categories.Secret && (weakColonSecret(s, i, j) || testTally(s, i, j-1)) {
				cat = "" // "Close session: user jdoe from": a word, not a secret; Go's --- PASS: TestX
			}
			if k := skipBlanks(s, j); cat == categories.URL && k < len(s) && (s[k] == '<' || s[k] == '{') {
				cat = "" // a SOAP client's "request: <soapenv:Envelope>...": a document, read as text
			}
			if cat == categories.DeviceID || cat == categories.Hostname {
				if k := skipBlanks(s, j); hasPrefixAt(s, k, `USBSTOR\`) || hasPrefixAt(s, k, `USB\VID_`) {
					cat = "" // Windows' "Device ID:  USBSTOR\...\SERIAL&0": the serial is found in the path
				} else if cat == categories.Hostname && productNameAt(s, k) {
					cat = "" // event 6416's "Device Name:  SanDisk Ultra USB Device": a product's name
				} else if cat == categories.Hostname && k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
					// A person where a host's key was expected: an SBC's "Agent-Name: Beatriz
					// Gonçalves" (a contact centre's agent, not SentinelOne's endpoint).
					if we := nameWordEnd(s, k); we > k && we+1 < len(s) && s[we] == ' ' {
						if e := proseNameEnd(s, k, we); e > we {
							w.where = w.label("key", s[i:j-1])
							w.contextValue(categories.Fullname, s, k, e, base)
							i = e
							continue
						}
					}
				}
			}
			if cat == categories.Address && i >= 2 && s[i-1] == ' ' && isLetter(s[i-2]) && equalFoldAny(s[i:j-1], "server", "client") && wordThenProse(s, j+1) {
				cat = "" // a message's speaker, then its words: BattlEye Server: Player #0 ..., IRC's TO SERVER: NICK jdoe
			}
			if cat == categories.Address && i >= 7 && equalFold(s[i-7:i], "Object ") && equalFold(s[i:j-1], "server") {
				cat = "" // Windows' object access events: "Object Server:  Security", a subsystem (SC Manager, DS)
			}
			if cat == categories.Username && equalFold(s[i:j-1], "account") && i >= 8 && equalFold(s[i-8:i], "service ") {
				cat = "" // kubectl describe's "Service Account:  payments-api": a workload's, no one's
			}
			if cat != "" && i >= 4 && string(s[i-4:i]) == "for " && s[i] >= 'A' && s[i] <= 'Z' && hasPrefixAt(s, max(0, i-13), "Defender for ") {
				cat = "" // Microsoft Defender for Identity: a product's name, then an alert's title
			}
			if cat != "" {
				w.where = w.label("key", s[i:j-1])
				i = w.colonValue(s, j, cat, base)
				continue
			}
		}
		// A URL: scheme://..., unless nested too deep in URLs already (a URL's path and
		// query are scanned, and may hold URLs: redirect_uri=https://...). Deeper, its
		// host is still found by shape, and the work stays linear however often a line
		// repeats http://.
		if s[j-1] == ':' && j+1 < len(s) && s[j] == '/' && s[j+1] == '/' && w.urlDepth < maxURLNesting {
			if start := categories.SchemeBefore(s, j-1); start >= i {
				if start > i {
					w.scanRun(s, i, start, base)
				}
				end := categories.URLEnd(s, start)
				w.where = whereURL
				w.contextValue(categories.URL, s, start, end, base)
				i = end
				continue
			}
		}
		// C:\path
		if j-i >= 2 && s[j-1] == ':' && j < len(s) && s[j] == '\\' && isLetter(s[j-2]) && (j-i == 2 || !runByte[s[j-3]] || s[j-3] == ':') {
			if j-i > 2 {
				w.scanRun(s, i, j-2, base)
			}
			w.where = wherePath
			i = w.windowsPathAt(s, j-2, base)
			continue
		}
		// A DN whose '=' are escaped, as Check Point writes its SIC names into key=value
		// text: originsicname=CN\=gw01,O\=mgmt.example.com.7h2k4d
		if j+2 < len(s) && s[j] == '\\' && s[j+1] == '=' && s[i] >= 'A' && s[i] <= 'Z' && escapedDN(s, i, j) {
			i = w.escapedDNAt(s, i, j, base)
			continue
		}
		if j+1 < len(s) && s[j] == '\\' && j-i >= 2 && j-i <= 21 && (i == 0 || s[i-1] != '\\') && deviceEnumerator(s[i:j]) {
			// A Windows device instance path (setupapi, PnP events): USB\VID_0781&PID_5583\SERIAL,
			// no DOMAIN\user.
			i = w.deviceInstanceAt(s, i, j, base)
			continue
		}
		// DOMAIN\user, also with the backslash escaped (CEF, JSON text: CORP\\jdoe)
		if j+1 < len(s) && s[j] == '\\' && (runByte[s[j+1]] || s[j+1] == '\\' && j+2 < len(s) && runByte[s[j+2]]) && (i == 0 || s[i-1] != '\\') &&
			!unicodeEscapeAt(s, j) && !textEscapeAt(s, j) && !hexEscapeAt(s, j) {
			if k := systemAuthorityBefore(s, j); k >= 0 {
				i = systemPrincipalEnd(s, k) // NT AUTHORITY\SYSTEM stays
				continue
			}
			if end := codeNamespaceEnd(s, i, j); end > j {
				i = end // Stripe\Exception\CardException, Joomla\CMS\Factory::getUser
				continue
			}
			w.where = whereAccount
			if end := w.accountChainAt(s, i, j, base); end > j {
				i = end
				continue
			}
		}
		if j+5 < len(s) && s[j] == '/' && (i == 0 || s[i-1] == '\t' || s[i-1] == ' ') && j-i >= 2 && accountBytes(s[i:j]) && hasLetter(s[i:j]) {
			// A Kerberos client as Zeek's kerberos.log writes it, USER/REALM (a column of
			// its own): the user, and the realm. A service's name stays (krbtgt/REALM).
			k := j + 1
			for k < len(s) && (s[k] >= 'A' && s[k] <= 'Z' || isDigit(s[k]) || s[k] == '-' || s[k] == '.') {
				k++
			}
			if (k == len(s) || s[k] == '\t' || s[k] == ' ') && bytes.IndexByte(s[j+1:k], '.') > 0 && isUpperRealm(s[j+1:k]) && !inFolded(kerberosServices, s[i:j]) &&
				!equalFoldAny(s[i:j], "tcp", "udp", "icmp", "sctp", "ip") && isLettersOnly(s[j+1+bytes.LastIndexByte(s[j+1:k], '.')+1:k]) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, j, base)
				w.contextValue(categories.Domain, s, j+1, k, base)
				i = k
				continue
			}
		}
		// An AWS ARN that names a person: ...:user/NAME, :federated-user/NAME,
		// :assumed-role/ROLE/SESSION.
		if j < len(s) && s[j] == '/' && j-i > 8 && hasPrefixAt(s, i, "arn:") {
			if start, end := arnPrincipal(s, i, j); end > start {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, start, end, base)
				i = end
				continue
			}
		}
		// OpenVPN names a client USER/ADDRESS:PORT.
		if j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) && (i == 0 || s[i-1] == ' ') && flags&(hasColon|hasAt|hasDot) == 0 {
			if _, n, _, ok := categories.ParseIPv4(s[j+1:]); ok && j+1+n+1 < len(s) && s[j+1+n] == ':' && isDigit(s[j+2+n]) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, j, base)
				i = j
				continue
			}
		}
		// Cisco names hosts by their object names where an address could stand:
		// outside:ns10/53, (exp_srv/10050), to exp-angle/54703.
		if j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) {
			if start := hostBeforePort(s, i, j); start >= 0 {
				if start > i {
					w.scanRun(s, i, start, base)
				}
				w.where = whereCisco
				w.contextValue(categories.Address, s, start, j, base)
				i = j
				continue
			}
		}
		if isKey && (j-i == 4 && equalFold(s[i:j], "name") || j-i == 5 && equalFold(s[i:j], "guest")) && j+4 < len(s) {
			// name= names anything, guest= also a network; a passenger's SURNAME/GIVEN, or
			// a quoted person's name with a given name first or last (name="Virtanen
			// Aleksi", a hotel key's guest="Dubois Sophie"), is a person's.
			start, e := j+1, j+1
			if s[start] == '"' {
				start++
				e = start
				for e < len(s) && e-start < 64 && s[e] != '"' {
					e++
				}
			} else {
				for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != ';' && s[e] != '&' {
					e++
				}
			}
			if v := s[start:e]; e > start && e <= len(s) && (nameSlash(v) || s[j+1] == '"' && e < len(s) && personNameEitherOrder(v)) {
				w.where = w.label("key", s[i:j])
				w.contextValue(categories.Fullname, s, start, e, base)
				prev2, prev1 = prev1, span{start, e}
				i = e
				continue
			}
		}
		if isKey && flags&(hasColon|hasAt|hasDigit) == 0 && roleKey(s[i:j]) {
			// A role's key before a login written as one: driver=drv.pnowak, officer=bg.ojanssens
			// (agent=Mozilla/5.0, driver=PCL6 and Mitarbeiter=Melanie Ostrowski are read on)
			start, quoted := j+1, j+1 < len(s) && s[j+1] == '"'
			if quoted {
				start++ // agent="c.odalaigh" (an RFC 5424 structured data's parameter)
			}
			e := start
			for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '_') {
				e++
			}
			if v := s[start:e]; (quoted && e < len(s) && s[e] == '"' || !quoted && (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == ';' || s[e] == '&')) && roleLoginShaped(v) {
				if _, ok := w.domainShaped(v); !ok {
					w.where = w.label("key", s[i:j])
					w.contextValue(categories.Username, s, start, e, base)
					prev2, prev1 = prev1, span{start, e}
					i = e
					continue
				}
			}
		}
		if isKey && flags&(hasColon|hasAt|hasDigit|hasOther) == 0 {
			prev2, prev1 = prev1, span{i, j} // a key nothing above read: no value
			i = j
			continue
		}
		if s[i] == 'M' && j-i >= 3 && j < len(s) && (s[j] == '/' || s[j] == ' ') && flags == hasDigit && isDigit(s[i+1]) {
			if end := bcbpNameEnd(s, i); end > 0 {
				// A boarding pass's barcode (IATA BCBP): M1, the passenger's name in a
				// field of 20 (NAKAMURA/HARUTO), the booking's code, the airports.
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, i+2, end, base)
				prev2, prev1 = prev1, span{i + 2, end}
				i = end
				continue
			}
		}
		if flags&(hasColon|hasAt) == 0 && j-i >= 2 && j+6 <= len(s) && s[j] == '/' && s[i] <= 'Z' {
			if start, end := pnrPassengerAt(s, i, j); end > start { // (capitals beyond ASCII too: HÄUSLER/JOHANNA MRS)
				// A booking's passenger list: "1.PFEIFFER/JONAS MR   2.SZABO/DORA MS"
				w.where = wherePhrase
				w.contextValue(categories.Fullname, s, start, end, base)
				prev2, prev1 = prev1, span{start, end}
				i = end
				continue
			}
		}
		if e := j - btoi(s[j-1] == '.' && bytes.IndexByte(s[i:j-1], '.') < 0); e-i >= 5 && e-i <= 40 && flags&(hasColon|hasAt|hasOther) == 0 &&
			(flags&hasDot == 0 || e < j) && flags&hasDash != 0 && (e-i <= 24 && deviceNamed(s[i:e]) || ownedDeviceName(s[i:e])) &&
			!(e+1 < len(s) && s[e] == '/' && isDigit(s[e+1])) { // (a product and its version: tidepool-pos/3.8)
			// A machine named for its kind wherever it stands: PC-CARDIO-12, KOM-PC-2281,
			// EMMAS-IPHONE, anna-laptop; also at a sentence's end (mon poste PC-COMPTA-04.).
			w.shapeValue(categories.Hostname, whereText, s, i, e, base)
			prev2, prev1 = prev1, span{i, e}
			i = e
			continue
		}
		if j-i >= 5 && j-i <= 32 && s[i+1] == '.' && flags == hasDot && csvFieldAt(s, i, j) && initialDotSurname(s[i:j]) {
			// A login made of an initial and a surname as a CSV export's whole field
			// (WP Activity Log, Magento's admin actions): "k.vandermeer",
			w.where = w.label("field", []byte("csv"))
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if s[i] == '@' && j-i >= 5 && (i == 0 || s[i-1] == ' ' || s[i-1] == '"' || s[i-1] == '(' || s[i-1] == '>' || s[i-1] == '\t') &&
			bytes.IndexByte(s[i+1:j], '@') < 0 && bytes.Count(s[i+1:j], []byte(".")) <= 1 && !scriptFileName(s[i+1:j]) {
			// A chat's mention of a login (Slack, XSOAR's war room, Teams): @jwisniewska,
			// @m.jansen; not @here, @channel, @param or @Override.
			e := j
			for e > i+1 && (s[e-1] == '.' || s[e-1] == ',' || s[e-1] == ':' || s[e-1] == '-') {
				e--
			}
			if v := s[i+1 : e]; e-i-1 >= 4 && (initialThenSurname(v) || loginWord(v) && bytes.ContainsAny(v, "._") && !bytes.Contains(v, []byte(".."))) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i+1, e, base)
				prev2, prev1 = prev1, span{i + 1, e}
				i = j
				continue
			}
		}
		if flags&hasAt != 0 && flags&(hasColon|hasOther) == 0 && j+5 < len(s) && s[j] == ' ' && postgresLevelAt(s, j+1) {
			// PostgreSQL's log_line_prefix %u@%d: relatorios@bi LOG: the user; the
			// database stays.
			if at := bytes.IndexByte(s[i:j], '@'); at > 0 && accountBytes(s[i:i+at]) && hasLetter(s[i:i+at]) {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, i, i+at, base)
				prev2, prev1 = prev1, span{i, j}
				i = j
				continue
			}
		}
		if n := j - i; n >= 4 && n <= 17 && s[j-1] == '$' && machineAccountShaped(s[i:j]) {
			// A machine account wherever it stands (4769's Service Name: WS01$): its host.
			w.where = whereText
			w.contextValue(categories.Username, s, i, j, base)
			prev2, prev1 = prev1, span{i, j}
			i = j
			continue
		}
		if flags == hasDot && j-i == 3 && s[j-1] == '.' && j+3 < len(s) && s[j] == ' ' {
			if end := streetWordEnd(s, i, j-1); end > j {
				end = w.streetValue(s, i, end, base) // ul. Piotrkowska 104
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if flags&^hasOther == hasDot && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 9 && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && s[j-1] == '.' &&
			bytes.IndexByte(s[i:j-1], '.') < 0 && equalFold(s[j-4:j-1], "str") {
			if end := streetSuffixEnd(s, i, j); end > j {
				e := w.streetValue(s, i, end, base) // Hauptstr. 118, 04109 Leipzig: German's abbreviated Straße
				prev2, prev1 = prev1, span{i, e}
				i = e
				continue
			}
		}
		if (flags == hasOther || flags == 0 || flags == hasDash || flags == hasOther|hasDash) && (j+3 < len(s) || j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1])) && (s[j] == ' ' || s[j] == ',' || s[j] == '^') && // (a street and its number at the line's end)
			!w.learnedWord(s[i:j], w.mayBeLearned(s[i:j])) {
			// A name in prose with letters beyond ASCII (José Núñez, Zielińska, Magdalena),
			// or in DICOM's and HL7's Family^Given.
			if flags == hasOther && s[i] >= 'A' && s[i] <= 'Z' && j-i >= 3 {
				if end, cStart, cEnd := w.cityPhrase(s, i, j, prev1); end > i {
					w.cityValue(s, i, end, cStart, cEnd, base) // in München, Kraków office
					prev2, prev1 = prev1, span{i, max(end, cEnd)}
					i = max(end, cEnd)
					continue
				}
			}
			if end := w.personNameAt(s, i, j, base); end > j {
				prev2, prev1 = prev1, span{i, end}
				i = end
				continue
			}
		}
		if j < len(s) && (s[j] == '(' || s[j] == '!') {
			start := -1
			if s[j] == '(' {
				start = mumbleUserAt(s, i, j) // => <4:kvist_gamer(-1)> Rejected connection
			} else if ircPrefixAt(s, i, j) {
				start = i + 1 // :nick!user@host PRIVMSG #channel
			}
			if start > i {
				w.where = wherePhrase
				w.contextValue(categories.Username, s, start, j, base)
				prev2, prev1 = prev1, span{start, j}
				i = j
				continue
			}
		}
		if cat := w.categoryForPhrase(s, i, j, prev1, prev2); cat != "" {
			end := j
			for end > i && (s[end-1] == ':' || s[end-1] == '.' || s[end-1] == ',') {
				end--
			}
			w.where = wherePhrase
			w.contextValue(cat, s, i, end, base)
		} else if start, end, sep := joinedPersonName(s, i, j, flags); end > start {
			w.where = where
			w.scanRunFlags(s, i, start, flags, base)
			w.joinedNameValue(s, start, end, sep, base)
			w.scanRunFlags(s, end, j, flags, base)
		} else {
			w.where = where
			w.scanRunFlags(s, i, j, flags, base)
		}
		prev2, prev1 = prev1, span{i, j}
		for prev1.end > prev1.start && !isAlnum(s[prev1.end-1]) && s[prev1.end-1] < 0x80 {
			prev1.end-- // "user:" is the word user; a letter beyond ASCII stays whole
		}
		i = j
	}
}

// learnedPhraseValue rewrites the learned value of several words (a full name) that starts
// with the run s[i:j], when the filters say there may be one, and returns its end, or i.
func (w *worker) learnedPhraseValue(s []byte, i, j, base int, mayBe bool) int {
	if !mayBe {
		return i
	}
	cat, end := w.learnedPhrase(s, i, j)
	if cat == "" || !w.e.cats.on(cat) {
		// With its category off, the phrase stays, and its words are scanned one by
		// one: "maria garcia@example.com" holds an email.
		return i
	}
	w.where = whereLearned
	w.contextValue(cat, s, i, end, base)
	return end
}

// timeAt shifts a timestamp that starts with the run s[i:j], when there is one, and
// returns its end.
func (w *worker) timeAt(s []byte, i, j, base int) int {
	sh := w.e.shifter
	from := len(w.repl)
	var n int
	switch c := s[i]; {
	case isDigit(c):
		if w.repl, n = sh.RFC3339At(w.repl, s[i:]); n == 0 {
			if i > 0 && s[i-1] == '[' {
				w.repl, n = sh.NCSAAt(w.repl, s[i:])
			}
		}
		if n == 0 {
			w.repl, n = sh.WindowsAt(w.repl, s[i:])
		}
		if n == 0 && (i+10 == len(s) || i+10 < len(s) && !isDigit(s[i+10]) && s[i+10] != 'T') {
			w.repl, n = sh.DateAt(w.repl, s[i:])
		}
	case j-i == 3 && isLetter(c):
		w.repl, n = sh.SyslogAt(w.repl, s[i:])
	}
	if n == 0 {
		w.repl = w.repl[:from]
		return i
	}
	where := w.where
	w.where = "timestamp"
	w.addEdit(categories.Time, base+i, base+i+n, from)
	w.where = where
	return i + n
}

// plainWordEnd marks the bytes after a plain word that make it no key, switch, path or
// account: blanks and punctuation, and the tag that ends an XML element's text.
var plainWordEnd = func() (t [256]bool) {
	for _, c := range " \t,;)]}\"'<>!?|" {
		t[c] = true
	}
	return t
}()

// saslResponses rewrites the client's SASL responses after AUTH PLAIN (one) or AUTH
// LOGIN (the user, then the password; the server's "334 ..." prompts between them
// stay) that follow s[:j], and returns where the last one ends, or j.
func (w *worker) saslResponses(s []byte, j int, plain bool, base int) int {
	end, want := j, 2
	if plain {
		want = 1
	}
	for k := j; want > 0; want-- {
		for k < len(s) && (s[k] == ' ' || s[k] == '\r' || s[k] == '\n' || s[k] == '\t') {
			k++
		}
		if !plain && k+4 < len(s) && string(s[k:k+4]) == "334 " {
			k += 4
			for k < len(s) && s[k] != ' ' && s[k] != '\r' && s[k] != '\n' {
				k++
			}
			want++
			continue
		}
		n := saslCredentialsLen(s[k:], plain)
		if n == 0 {
			break
		}
		w.where = w.label("option", []byte("AUTH"))
		w.contextValue(categories.Secret, s, k, k+n, base)
		k += n
		end = k
	}
	return end
}

// mrzLines maps the lines of a travel document's machine readable zone in s (ICAO 9303:
// two lines of 44 characters in a passport, two of 36 or three of 30 in an identity
// card, of capitals, digits and '<' fillers) wherever they stand: they hold the holder's
// names, the document's number and the birth date, whatever key or words precede them
// (MRZ Zeile 1: P<D<<WEISSMANN<<JUERGEN<<<...). They are found before the rest of the
// scan, so their edits come first.
func (w *worker) mrzLines(s []byte, base int) {
	mrzByte := func(c byte) bool { return isUpperAlnum(c) || c == '<' }
	for k := 0; k < len(s); {
		f := bytes.Index(s[k:], []byte("<<"))
		if f < 0 {
			return
		}
		start, end := k+f, k+f
		for start > 0 && mrzByte(s[start-1]) {
			start--
		}
		for end < len(s) && mrzByte(s[end]) {
			end++
		}
		k = end
		if n := end - start; n != 30 && n != 36 && n != 44 || start > 0 && isAlnum(s[start-1]) || end < len(s) && isAlnum(s[end]) ||
			!isUpperAlnum(s[start]) || !mrzShaped(s[start:end]) {
			continue
		}
		where := w.where
		w.where = w.label("shape", []byte("mrz"))
		w.contextValue(categories.NationalID, s, start, end, base)
		w.where = where
	}
}

// mrzShaped reports whether an MRZ-shaped run has a digit, starts as a document's first
// line does (P<, V<), or is a card's line of names (SURNAME<<GIVEN<NAMES): a row of
// capitals and fillers alone is no more than a banner.
func mrzShaped(v []byte) bool {
	if containsDigit(v) || v[1] == '<' {
		return true
	}
	k := bytes.Index(v, []byte("<<"))
	return k > 0 && k+2 < len(v) && isLetter(v[k+2])
}

// contextValue rewrites s[start:end], a value whose category its context names; a value
// that does not fit is scanned as text.
func (w *worker) contextValue(category string, s []byte, start, end, base int) {
	if (category == categories.Username || category == categories.Hostname || category == categories.Organization) && sentenceValue(s[start:end]) {
		// A message where a login goes (from seller: "I posted it to Thomas Dubois, ..."):
		// read as text, not mapped word by word as one account. Words before the
		// sentence's first function word are the value (O=Acme is Denied Operation).
		if k := sentenceStart(s[start:end]); k > 1 {
			w.contextValue(category, s, start, start+k-1, base)
			start += k
		}
		w.scanFrom(s[:end], start, modePlain, ' ', base)
		return
	}
	if !w.keyedValue(category, s[start:end], base+start) {
		if v := s[start:end]; category != categories.Path && len(v) > 2 && v[0] == '\\' && v[1] == '\\' && isAlnum(v[2]) {
			// A UNC path where an address goes (Symantec DLP's recipients=\\prn-hr\Colore,
			// a print job's): its host and its path.
			if k := w.windowsPathAt(v, 0, base+start); k < len(v) {
				w.scanShapes(v[k:], base+start+k)
			}
			return
		}
		if v := s[start:end]; category != categories.Path && len(v) > 3 && (v[0] == '/' && categories.IsUnixPath(v) || isLetter(v[0]) && v[1] == ':' && v[2] == '\\') &&
			w.keyedValue(categories.Path, v, base+start) {
			return // a file's path where a login or a document goes (witness=/var/.../upload/jdoe/x.pdf): a path
		}
		w.scanShapes(s[start:end], base+start)
	}
}

// sentenceValue reports a value of three words or more of which one is a function word
// of English (to, it, me, the, I): a sentence, not a name.
func sentenceValue(v []byte) bool {
	if bytes.Count(v, []byte(" ")) < 2 {
		return false
	}
	for _, word := range bytes.Fields(v) {
		if len(word) <= 6 && sentenceWords[string(word)] {
			return true
		}
	}
	return false
}

// sentenceStart returns where the first function word of v starts (after a blank), or 0.
func sentenceStart(v []byte) int {
	for k := 0; k < len(v); {
		e := k
		for e < len(v) && v[e] != ' ' {
			e++
		}
		if e-k <= 6 && sentenceWords[string(v[k:e])] {
			return k
		}
		k = e + 1
	}
	return 0
}

// sentenceWords are English function words, lower case (and I), that no name or account
// holds.
var sentenceWords = map[string]bool{"the": true, "to": true, "it": true, "me": true, "you": true,
	"if": true, "is": true, "was": true, "my": true, "your": true, "i": true, "we": true,
	"please": true, "have": true, "not": true, "but": true, "this": true, "that": true, "I": true}

// shapeValue rewrites the value s[start:end] that its shape alone names (a machine named
// for its kind, a device named for its owner): mapped where it stands, not learned.
func (w *worker) shapeValue(category, where string, s []byte, start, end, base int) {
	w.where = where
	w.shapeFound = true
	w.contextValue(category, s, start, end, base)
	w.shapeFound = false
}

// scanShapes finds values in s by their shapes alone, and learned values, without
// reading contexts: a value that did not fit the category its context named is scanned
// so, and cannot be taken for the same context again.
func (w *worker) scanShapes(s []byte, base int) {
	for i := 0; i < len(s); {
		if !runByte[s[i]] {
			i++
			continue
		}
		if s[i] == '+' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !isAlnum(s[i-1])) {
			// An international number in groups, which a run does not hold whole:
			// to="+48 601 559 273" (a key for an address, given a phone number).
			if end := w.numberIDAt(s, i, base); end > i {
				i = end
				continue
			}
		}
		j := i
		for j < len(s) && runByte[s[j]] {
			j++
		}
		if end := w.numberIDsAt(s, i, j, base); end > i {
			i = end // from=DE89370400440532013000: an IBAN at a key for an address
			continue
		}
		w.scanRun(s, i, j, base)
		i = j
	}
}

// numberIDsAt rewrites the payment card number, IBAN, phone number, device id or
// national id, found by its shape and check, that starts the run s[i:j], and returns its
// end, or i.
func (w *worker) numberIDsAt(s []byte, i, j, base int) int {
	flags := flagsOf(s[i:j])
	if w.numberIDs && mayBeNumberID(s, i, j, flags) {
		if end := w.numberIDAt(s, i, base); end > i {
			return end
		}
	}
	if w.deviceIDs && mayBeDeviceID(s, i, j, flags) {
		if n, ok := categories.DeviceIDAt(s[i:]); ok && w.keyedValue(categories.DeviceID, s[i:i+n], base+i) {
			return i + n
		}
	}
	if w.nationalIDs && mayBeNationalID(s, i, j, flags) {
		return w.nationalIDAt(s, i, base)
	}
	return i
}

// quotedListValues maps the quoted values of the tuple or list that opens at s[at], each
// as a value of category, and returns the end of what it read: past the closing bracket,
// or where the list stops being one of quoted values.
func (w *worker) quotedListValues(s []byte, at int, category string, base int) int {
	closing := byte(')')
	if s[at] == '[' {
		closing = ']'
	}
	k := at + 1
	for k < len(s) && (s[k] == '\'' || s[k] == '"') {
		q := s[k]
		e := bytes.IndexByte(s[k+1:min(len(s), k+257)], q)
		if e < 0 {
			break
		}
		if e > 0 {
			w.contextValue(category, s, k+1, k+1+e, base)
		}
		k += e + 2
		if k < len(s) && s[k] == ',' {
			k++
			for k < len(s) && s[k] == ' ' {
				k++
			}
		}
	}
	if k < len(s) && s[k] == closing {
		k++
	}
	return k
}

// keyValue rewrites the value that starts at s[at] after "key=" and returns where it ends.
func (w *worker) keyValue(s []byte, at int, category string, mode textMode, delim byte, base int) int {
	if at >= len(s) || category == categories.Time && !w.shiftTime {
		return at // (times stay: the scan reads the value, which may be no time)
	}
	if s[at] == '{' && mode == modePlain {
		return at // a structure (billing_address={'given_name': ...}): the scan reads its keys
	}
	if category == knownCityValue {
		return w.knownCityAt(s, at, base)
	}
	if category == categories.DeviceID && at >= 6 && string(s[at-6:at-1]) == "devid" && devidIsDevname(s, at) {
		category = categories.Hostname // a FortiGate left named for its serial (devname = devid): one name, one pseudonym
	}
	if category == categories.DeviceID && at >= 17 && string(s[at-17:at-1]) == "deviceExternalId" && bytes.Contains(s[:min(len(s), at)], []byte("|Incapsula|")) {
		return at // Imperva Incapsula's deviceExternalId is the request's id, no device's: the scan reads it
	}
	if category == loginOnlyValue && (s[at] == '"' || s[at] == '\'') {
		if q := bytes.IndexByte(s[at+1:], s[at]); q < 0 || bytes.IndexByte(s[at+1:at+1+q], ' ') >= 0 {
			return at // witness="Garda Sgt. Clement Keane": a person in words, which the scan reads
		}
	}
	if category == categories.Path && hasPrefixAt(s, at, `Root\`) && at+6 < len(s) && isLetter(s[at+5]) {
		return w.cyberArkObject(s, at, mode, delim, base)
	}
	if category == categories.Username && s[at] >= 'A' && s[at] <= 'Z' {
		if e := bytes.IndexByte(s[at:min(len(s), at+12)], ' '); e > 0 && at+e+1 < len(s) && honorificShapes.may(s[at:at+e]) && honorifics[string(s[at:at+e])] {
			return at // requestedBy=Dr. Jan Novak: a person by title and name, which the scan reads as such
		}
	}
	start, end, next := at, at, at
	dn := isDNKey(s, at)
	if mode == modeCEF && nestedKeyBefore(s, at) {
		mode = modePlain // a key=value inside an extension's value (msg=...;SessionID=...;Protocol=RDP)
	}
	switch {
	case s[at] == '"':
		start = at + 1
		end = start
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		end = min(end, len(s))
		if end == len(s) {
			if tab := bytes.IndexByte(s[start:], '\t'); tab >= 0 {
				end = start + tab // a quote that closes nowhere: the value ends at a column's end
			}
		}
		next = min(end+1, len(s))
	case s[at] == 'N' && at+2 < len(s) && s[at+1] == '\'' && mode == modePlain:
		// SQL Server's national string: SET Ort = N'Wien'
		if q := bytes.IndexByte(s[at+2:], '\''); q >= 0 {
			start, end = at+2, at+2+q
			next = end + 1
		}
	case s[at] == '\'' && mode == modePlain:
		// key='value' (Meraki, NetworkManager's "option host_name => 'x'")
		if q := sqlStringEnd(s, at+1, len(s)); q >= 0 {
			start, end = at+1, q
			next = end + 1
		}
	case (s[at] == '(' || s[at] == '[') && mode == modePlain && at+2 < len(s) && (s[at+1] == '\'' || s[at+1] == '"') &&
		category != categories.MAC && category != categories.Phone && category != categories.IP:
		// A tuple or a list of quoted values, as Python prints one: FreeIPA's
		// user=('lmeier', 'dbaumann'), members=['jdoe']: each value on its own.
		return w.quotedListValues(s, at, category, base)
	case s[at] == '[' && mode == modePlain && category == categories.IP && smppAddressEnd(s, at) > at:
		// SMPP's address as gateways log it, [TON/NPI/ADDRESS]: src=[1/1/31654146131]
		start, end = at+5, smppAddressEnd(s, at)
		next = end
		category = categories.Phone
	case s[at] == '[' && mode == modePlain && (category == categories.MAC || category == categories.Phone):
		// Kea: cid=[01:3c:22:fb:12:34:56]; FreeIPA: telephonenumber=['+1 202 555 0147']
		start = at + 1
		if start < len(s) && s[start] == '\'' {
			start++
		}
		end = start
		for end < len(s) && end-start < 64 && s[end] != ']' && s[end] != '\'' {
			end++
		}
		next = end
		if category == categories.Phone && bytes.Contains(s[start:end], []byte(", ")) {
			// A list: msisdn=[4915112345678, 4915112345679] (Open5GS): each number.
			for k := start; k < end; {
				e := end
				if c := bytes.IndexByte(s[k:end], ','); c >= 0 {
					e = k + c
				}
				w.contextValue(category, s, k, e, base)
				k = skipBlanks(s, e+1)
			}
			return next
		}
	case s[at] == '<':
		start = at + 1
		end = start
		for end < len(s) && s[end] != '>' && s[end] != ' ' {
			end++
		}
		next = end
		if end < len(s) && s[end] == '>' {
			next = end + 1
			if category == categories.Email && end > start && bytes.IndexByte(s[start:end], '@') < 0 && isAccountShaped(s[start:end]) && hasLetter(s[start:end]) {
				category = categories.Username // a local sender, as Postfix's pickup writes it: from=<jdoe>
			}
		}
	case s[at] == '\\' && at+2 < len(s) && s[at+1] == '"':
		// key=\"value\" inside a quoted message (logrus' and Dex's msg="... username=\"jdoe\" ..."):
		// the value runs to the next escaped quote.
		start = at + 2
		q := bytes.Index(s[start:], []byte(`\"`))
		if q < 0 {
			return at
		}
		end, next = start+q, start+q+2
	case mode == modeCEF:
		end = cefValueEnd(s, at)
		if tab := bytes.IndexByte(s[at:end], '\t'); tab >= 0 && category != "" {
			end = at + tab // a name or an address holds no tab: what follows is text (suser=jdoe<TAB>...)
		}
		next = end
	case mode == modeLEEF:
		end = at
		for end < len(s) && s[end] != delim {
			end++
		}
		next = end
	case dn:
		// An attribute of a distinguished name: the value runs to the next ',' or '+'
		// that is not escaped (CN=Smith\, John), and may hold blanks (CN=John Smith); a
		// tab ends it (Zeek's notice.log: a certificate's subject in its column).
		for end < len(s) && s[end] != ',' && s[end] != '+' && s[end] != '"' && s[end] != ')' && s[end] != ';' && s[end] != '/' && s[end] != '\t' {
			if s[end] == '\\' {
				if end+2 < len(s) && s[end+1] == ',' && isDNKeyStart(s, end+2) {
					break // a DN inside a value whose commas are escaped (Cisco ISE: CN=ws01\,OU=x)
				}
				end += 2 // an escaped byte, a blank too
				continue
			}
			if s[end] == ' ' && (keyFollows(s, end+1) || category == categories.Domain || category == categories.Username || category == categories.Email ||
				end-start == 2 && s[start] >= 'A' && s[start] <= 'Z' && s[start+1] >= 'A' && s[start+1] <= 'Z') { // C=DE is ...: a country code
				break // the DN ended, and a key=value follows: "O=ACME gid=1000"; DC=, UID= and E= hold no blank
			}
			end++
		}
		end = min(end, len(s))
		next = end
	default:
		if category == categories.Username || category == categories.Hostname {
			// An empty value, then the next key: auid=gid=0 (the scan reads gid=0). Only
			// the key's letters are looked at, so that user=user=user=... stays linear.
			k := at
			for k < len(s) && k-at < 32 && isLetter(s[k]) {
				k++
			}
			if k > at && k+1 < len(s) && s[k] == '=' && s[k+1] != '=' && !isLetter(s[k+1]) && s[k+1] != '"' {
				return at
			}
		}
		for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != ';' && s[end] != '"' && s[end] != ')' &&
			s[end] != '>' && s[end] != ']' && s[end] != '\r' && s[end] != '\n' && (s[end] != ',' || category == categories.URL || category == userListValue) &&
			!(s[end] == '\\' && textEscapeAt(s, end)) && !(category == categories.Path && s[end] == ':' && end+1 < len(s) && s[end+1] == '/') &&
			!(s[end] == '&' && category != categories.URL && queryKeyAt(s, end+1)) &&
			!(s[end] == '|' && queryKeyAt(s, end+1)) || // Mimecast's key=value|key=value
			end < len(s) && s[end] == ')' && category == categories.Organization && bytes.IndexByte(s[start:end], '(') >= 0 && bytes.IndexByte(s[start:end], ')') < 0 {
			end++ // (회사=누리온시스템(주): a bracket the value opened is its own)
		}
		if (category == categories.Username || category == categories.Fullname || category == personNameValue) && end > start && end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' {
			// A name written surname first at a key, in a line whose fields '|' or ';'
			// part (Omnicell: userName=Berger, Hannah|patient=...): the given name too.
			if e := nameWordEnd(s, end+2); e > end+2 && (e == len(s) || s[e] == '|' || s[e] == ';' || s[e] == '\t') && surnameCommaName(s[start:e]) {
				end = e
			}
		}
		if category == categories.Secret {
			if paramAuthScheme(s, start, end) {
				return end
			}
			if cmdletShaped(s[start:end]) {
				return start // $pw = ConvertTo-SecureString 'x' -AsPlainText: the command and its argument are read on
			}
			end = credentialsEnd(s, start, end)
		}
		if category == categories.Username && end > start {
			if open := bytes.IndexByte(s[start:end], '('); open > 0 && start+open+1 < len(s) && s[start+open+1] >= 0xE4 && s[start+open+1] <= 0xE9 {
				end = start + open // LabSolutions' ユーザー=yamada.t(山田 太郎): the login, then its owner's name in brackets
			}
		}
		if category == categories.Username && end > start && end < len(s) && s[end] == ')' {
			if open := bytes.IndexByte(s[start:end], '('); open > 0 && end > start+open+1 {
				if isDigitsOnly(s[start+open+1 : end]) {
					end = start + open // Slurm: user=kmoeller(24117), the login and its uid
				} else if isDigitsOnly(s[start:start+open]) && accountBytes(s[start+open+1:end]) {
					start = start + open + 1 // id(1): uid=1000(jdoe), the uid and the login
				}
			}
		}
		if e := systemPrincipalEnd(s, start); e > end {
			end = e // user=NT AUTHORITY\SYSTEM: the system's own, whole
		}
		if (category == categories.Domain || category == categories.Username) && hasPrefixAt(s, start, "NT AUTHORITY") {
			return start + 12 // sntdom=NT AUTHORITY
		}
		if category == categories.Email && end < len(s) && s[end] == ',' && end > start && bytes.IndexByte(s[start:end], '@') < 0 &&
			isAccountShaped(s[start:end]) && hasLetter(s[start:end]) {
			category = categories.Username // a local mailbox, as sendmail writes it: from=pragh, size=2204
		}
		if (category == categories.Fullname || category == personNameValue) && end > start && !isDigitsOnly(s[start:end]) {
			end = nameValueEnd(s, end) // 氏名=山田 太郎, name=TARO YAMADA: the name's other words (pax=1: a count)
		}
		if category == categories.Username && end > start && s[start] >= 'A' && s[start] <= 'Z' && end+2 < len(s) && s[end] == ' ' &&
			s[end+1] >= 'A' && s[end+1] <= 'Z' && inLower(notNameWords, s[start:end]) {
			e := end + 1
			for e < len(s) && isLetter(s[e]) {
				e++
			}
			if inLower(notNameWords, s[end+1:e]) {
				return e // ClearPass' Added By=Policy Manager Profile: a component, no one
			}
		}
		if category == categories.Username && end > start && s[start] >= 'A' && s[start] <= 'Z' && end < len(s) && s[end] == ' ' &&
			categories.IsGivenName(s[start:end]) {
			if e := nameValueEnd(s, end); e > end && !hasPrefixAt(s, e, " (") {
				// operator=Anna Schmidt station=4: a person's name where a login goes
				category, end = categories.Fullname, e
			}
		}
		if category == categories.Username && end > start && s[start] >= 'A' && s[start] <= 'Z' && end < len(s) && s[end] == ' ' {
			// BeyondTrust: who=Lena Hoffmann (lhoffmann), a person's name and the login
			// after it, mapped as one account (as "user: Jane Doe (jdoe)" is).
			if e := nameWordsEnd(s, start, end, w.e.rawKeys); e > end && hasPrefixAt(s, e, " (") {
				if close := bytes.IndexByte(s[e+2:min(len(s), e+66)], ')'); close > 0 && accountBytes(s[e+2:e+2+close]) {
					end = e + 3 + close
				}
			}
		}
		if category == categories.Organization && end < len(s) && s[end] == ' ' && end > start {
			if e := orgNameEnd(s, start, end); e > end {
				end = e // OrgName=Kestrel Biolabs GmbH: the name runs to its legal form
			}
		}
		if category == categories.Phone && start < len(s) && s[start] == '(' {
			end = max(end, phoneShapeEnd(s, start)) // 電話=(04)2358-1192
		}
		if category == categories.Geo && end+1 < len(s) && s[end] == ' ' && end > start && s[start] != '"' && !w.geo.IsCity(s[start:end]) {
			if e := addressValueEnd(s, end, w.e.rawKeys); e > end {
				end = e // street=Am Sandtorkai 41 contact=...: a postal address runs over words (a city does not: sede=Zaragoza 443)
			}
		}
		if (category == categories.Address || category == categories.Hostname) && end+2 < len(s) && s[end] == ' ' && isDigit(s[end+1]) &&
			end > start && hasLetter(s[start:end]) && programVersion(s[end+1:nthWordEnd(s, end+1)]) {
			return end // a program and its version where a client goes: client=TMS-Web 8.2.1
		}
		if category == categories.IP && end+1 < len(s) && s[end] == ' ' && end-start <= 4 && end > start && isDigitsOnly(s[start:end]) {
			if e := addressValueEnd(s, end, w.e.rawKeys); e > end && (numberFirstStreetShaped(s[start:e]) || postalAddressShaped(s[start:e])) {
				category, end = categories.Geo, e // a credit check's addr=41 Clifton Park Road, Bristol BS8 3HN (auditd's addr= is an address)
			}
		}
		if (category == categories.Geo || category == categories.Coordinate) && end < len(s) && s[end] == ',' && categories.IsCoordinate(s[start:end]) {
			// A pair in decimal degrees: gps=54.37218,18.63831, location=52.43915, 4.82677
			e := end + 1
			for e < len(s) && s[e] == ' ' {
				e++
			}
			f := e
			for f < len(s) && (isDigit(s[f]) || s[f] == '.' || s[f] == '-') {
				f++
			}
			if f > e && categories.IsCoordinate(s[e:f]) {
				end = f
			}
		}
		if (category == categories.Geo || category == categories.Coordinate) && end > start && (s[end-1] == 'N' || s[end-1] == 'S') {
			if e := hemispherePairEnd(s, start, end); e > end {
				end = e // pos=53.9127N 7.1480E: the hemispheres' letters after the degrees
			}
		}
		if category == categories.NationalID {
			end = idSeriesNumberEnd(s, start, end)
		}
		if category == categories.Card && end > start && isDigitsOnly(s[start:end]) {
			if n, ok := categories.CardAt(s[start:]); ok && start+n > end {
				end = start + n // in groups: card=4111 1111 1111 1111
			}
		}
		if (category == categories.Email || category == categories.Username) && end-start >= 3 && s[start] == '+' && isDigitsOnly(s[start+1:end]) {
			category = categories.Phone // an SMS's to=+351 912 448 031: a number at a key for an address
		}
		if category == categories.Phone || category == categories.Secret && end > start && isDigitsOnly(s[start:end]) {
			// A number written in groups: phone=+44 20 7946 0958, tax_id=12 345 678 901.
			end = phoneGroupsEnd(s, end)
		}
		if (category == categories.IP || category == categories.Address) && end-start > 1 && s[start] == '/' && s[start+1] != '/' && hasLetter(s[start:end]) {
			category = categories.Path // a file's source and destination at src= and dst= (HDFS' audit log: src=/user/jdoe/x.csv)
		}
		if category == categories.NationalID && end > start {
			// In groups: nino=AB 12 34 56 C, nir=1 85 05 78 006 084 36, tax_id=12 345 678 901.
			if n, ok := categories.NationalIDAt(s[start:]); ok && start+n > end {
				end = start + n
			} else if isDigitsOnly(s[start:end]) {
				end = phoneGroupsEnd(s, end)
			}
		}
		next = end
	}
	if (category == categories.Address || category == categories.Hostname) && s[at] == '"' && end > start && surnameCommaGiven(s[start:end]) {
		category = categories.Fullname // a visitor's host: Host="Hofmann, Lena"
	}
	if mode == modeCEF && hasByte(s[start:end], '\\') {
		w.cefValue(category, s[start:end], base+start)
		return next
	}
	if category == categories.Fullname && end-start > 14 {
		if cut, id := eidCommonName(s[start:end]); cut > 0 {
			// An eID card's certificate: CN=SAAR\,JÜRI\,36905308725 (Estonia, Latvia,
			// Lithuania): the name, surname first, and the personal code, each by its own.
			if hasByte(s[start:start+cut], '\\') {
				w.escapedValue(categories.Fullname, s[start:start+cut], base+start, dnSpecials)
			} else {
				w.surnameFirstValue(s, start, start+cut, base, ',')
			}
			w.contextValue(categories.NationalID, s, start+id, end, base)
			return next
		}
	}
	if dn && hasByte(s[start:end], '\\') && onlyEscapes(s[start:end], dnSpecials) {
		w.escapedValue(category, s[start:end], base+start, dnSpecials) // CN=Smith\, John
		return next
	}
	if category == categories.Phone && s[at] == '"' && hasPrefixAt(s, next, " <") && callerName(s[start:end]) {
		if close := bytes.IndexByte(s[next+2:min(len(s), next+20)], '>'); close > 0 && callerNumber(s[next+2:next+2+close]) {
			category = categories.Fullname // callerid="Johann Huber" <+4989417725>: the caller's name; the scan reads the number
		}
	}
	if end-start > 4 && (category == categories.Phone || category == categories.IBAN || category == categories.Card || category == categories.NationalID) &&
		(bytes.IndexByte(s[start+1:end], '+') > 0 || hasPercentEscape(s[start:end])) {
		// A number form-encoded in a request's body: tel=%2B48+601+234+567,
		// iban=PL43+1140+2004+...: read decoded, written back encoded.
		if e := w.encodedValueAt(s, start, end, base); e > start {
			return next
		}
	}
	if end-start >= 46 && s[start] == 'D' && s[start+1] == 'E' && s[start+2] == '.' {
		if p := safeIDAccount(s[start:end]); p > 0 {
			w.contextValue(categories.Username, s, start+p, start+p+36, base) // a SAFE id at any key (recipient=DE.BRAK...)
			return next
		}
	}
	if category == categories.Secret && at >= 8 && s[at-1] == '=' && equalFold(s[at-8:at-1], "session") && clockShaped(s[start:end]) {
		return next // a session's length where its id may go: ENPS' session=01:17:46
	}
	if (category == categories.Hostname || category == categories.Address) && end-start >= 6 &&
		equalFoldAny(s[start:end], "connected", "disconnected", "online", "offline", "reachable", "unreachable") {
		return next // a link's state where its peer may go: a door lock's bridge logs server=connected
	}
	if (category == categories.Organization || category == categories.Fullname) && end-start > 4 {
		// An address where a name is expected: PayPal's business=dons%40example.org, a
		// form's company=info@example.de. It is mapped as an address, encoded as it came.
		v := s[start:end]
		if hasPercentEscape(v) && bytes.Contains(v, []byte("%40")) {
			if e := w.encodedValueAt(s, start, end, base); e > start {
				return next
			}
		} else if at := bytes.IndexByte(v, '@'); at > 0 {
			if a, b, ok := categories.EmailAt(v, at); ok && a == 0 && b == len(v) {
				category = categories.Email
			}
		}
	}
	if end-start > 2 && s[end-1] == '\\' && end < len(s) && s[end] == ',' && category != categories.Path {
		end-- // an escaped comma ends it: Cisco ISE's EndpointProperty=host-name=iPhone-von-Marie\,dhcp-...
	}
	w.contextValue(category, s, start, end, base)
	return next
}

// knownCityAt rewrites the value at s[at], quoted or not, as a city when it is one the
// geo table knows and written as a name (location=Milano), and returns its end; any other
// value (location=/var/spool, location=rack-4) is left to the scan: at is returned.
func (w *worker) knownCityAt(s []byte, at, base int) int {
	start, quote := at, byte(0)
	if s[at] == '"' || s[at] == '\'' {
		quote, start = s[at], at+1
	}
	end := start
	for end < len(s) && (quote != 0 && s[end] != quote || quote == 0 && s[end] != ' ' && s[end] != '\t' && s[end] != ',' && s[end] != ';' && s[end] != '|' && s[end] != '&' && s[end] != '"') {
		end++
	}
	if !w.keyedValue(knownCityValue, s[start:end], base+start) {
		return at
	}
	if quote != 0 && end < len(s) {
		end++
	}
	return end
}

// keyPosition reports whether the quote at s[q] opens an object's key: after '{' or ','
// or at the start of the line, blanks aside (a pretty-printed JSON document's line,
// {'user': ...}); nginx's 'user "jdoe": password mismatch' is no key.
func keyPosition(s []byte, q int) bool {
	k := q - 1
	for k >= 0 && (s[k] == ' ' || s[k] == '\t') {
		k--
	}
	return k < 0 || s[k] == '{' || s[k] == ','
}

// queryKeyAt reports whether a query string's next "name=" starts at s[k]: a value in
// a query without its URL (IIS's cs-uri-query, email=x%40y&token=z) ends before '&'.
func queryKeyAt(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k < 64 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == '.' || s[e] == '[' || s[e] == ']' || s[e] == '%') {
		e++
	}
	return e > k && e < len(s) && s[e] == '='
}

// bracketKeyCategory returns the category of a form's nested key by its last part
// (address[city], user[email]): Mailchimp's merge fields FNAME and LNAME are a name's
// parts (fname= alone is a file's name, as CEF writes it).
func bracketKeyCategory(leaf []byte, keys *rawKeyTable) string {
	if equalFoldAny(leaf, "FNAME", "LNAME") {
		return categories.Fullname
	}
	return keys.lookupAssigned(leaf)
}

func hasByte(s []byte, c byte) bool {
	for _, b := range s {
		if b == c {
			return true
		}
	}
	return false
}

// ldapFilterAttributes are the categories of the LDAP attributes a search filter names
// people by: (uid=jdoe), (&(objectClass=user)(sAMAccountName=jdoe)).
var ldapFilterAttributes = map[string]string{"uid": categories.Username, "cn": categories.Fullname,
	"samaccountname": categories.Username, "userprincipalname": categories.Email, "mail": categories.Email,
	"displayname": categories.Fullname, "givenname": categories.Fullname, "sn": categories.Fullname,
	"memberuid": categories.Username}

// dnKeys are the attribute names of distinguished names (RFC 4514), in upper case as DNs
// write them.
var dnKeys = map[string]bool{"CN": true, "OU": true, "O": true, "L": true, "ST": true, "C": true,
	"DC": true, "UID": true, "STREET": true, "E": true, "GN": true, "SN": true, "GIVENNAME": true, "SURNAME": true,
	"SERIALNUMBER": true} // (a qualified certificate's holder: CN=BIANCHI LUCIA, SERIALNUMBER=TINIT-...)

// dnAttributes are the categories of DN attributes; they count only inside a DN, where the
// one-letter names cannot be something else. OU and STREET stay: departments and streets
// of offices name no person.
var dnAttributes = map[string]string{"CN": categories.Fullname, "O": categories.Organization,
	"L": categories.Geo, "ST": categories.Geo, "C": categories.Geo, "DC": categories.Domain,
	"UID": categories.Username, "E": categories.Email,
	"GN": categories.Fullname, "SN": categories.Fullname, "GIVENNAME": categories.Fullname, "SURNAME": categories.Fullname} // (a personal certificate's parts of a name)

// isDNKey reports whether the key=value whose value starts at s[at] is an attribute of a
// distinguished name: an upper-case DN attribute name followed, after its value, by ','
// and another, or preceded by one.
func isDNKey(s []byte, at int) bool {
	k := at - 1 // the '='
	start := k
	for start > 0 && isLetter(s[start-1]) {
		start--
	}
	if !dnKeys[dnKeyName(s[start:k])] {
		return false
	}
	if s[start] >= 'a' && (at >= len(s) || !isLetterAt(s, at)) {
		return false // LDAP writes names in lower case, but "c=3, o=4" is no DN
	}
	// Part of a DN when another attribute follows or precedes it.
	if start >= 1 && s[start-1] == ',' || start >= 2 && s[start-1] == ' ' && s[start-2] == ',' {
		return true
	}
	for i := at; i < len(s) && i < at+128; i++ {
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == ',' && (i+2 >= len(s) || !isDNKeyStart(s, i+2)) {
			i++ // an escaped comma in the value (CN=Smith\, John); "\,OU=" is Cisco ISE's separator
			continue
		}
		if s[i] == ',' {
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			e := j
			for e < len(s) && isLetter(s[e]) {
				e++
			}
			return e < len(s) && s[e] == '=' && dnKeys[dnKeyName(s[j:e])]
		}
		if s[i] == '"' || s[i] == '\n' {
			break
		}
	}
	return false
}

// issuerDNBefore reports whether the DN attribute at s[i] belongs to a certificate
// issuer's DN: "issuer" (issuer=, issuerdn:, Issuer:) comes before it, and no subject
// between.
func issuerDNBefore(s []byte, i int) bool {
	window := s[max(0, i-192):i]
	k := lastIndexFold(window, "issuer")
	if k < 0 {
		return false
	}
	rest := window[k:]
	return bytes.IndexByte(rest, '\n') < 0 && lastIndexFold(rest, "subject") < 0
}

// caCommonName reports whether the CN value at s[k] names a certificate authority rather
// than a person, by its words (DigiCert Global G2 TLS RSA SHA256 2020 CA1, SwissSign RSA
// TLS DV ICA 2022 - 1, ... Root CA, ... Certification Authority) or as Let's Encrypt's
// intermediates are named (R3, E5, R10): an issuer in a certificate inventory's CSV,
// where no "Issuer" key precedes it.
func caCommonName(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k < 128 && s[e] != ',' && s[e] != '"' && s[e] != '/' && s[e] != '+' {
		e++
	}
	v := s[k:e]
	if n := len(v); n >= 2 && n <= 3 && (v[0] == 'R' || v[0] == 'E') && isDigitsOnly(v[1:]) {
		return true
	}
	for _, word := range bytes.Fields(v) {
		if len(word) >= 2 && len(word) <= 4 && (string(word[:2]) == "CA" || len(word) >= 3 && string(word[:3]) == "ICA") &&
			(len(word) == 2 || isDigitsOnly(word[2:]) || len(word) == 3 && word[0] == 'I') {
			return true
		}
		if equalFoldAny(word, "authority", "root", "tls", "rsa", "ecc", "sha256", "sha384") {
			return true
		}
	}
	return false
}

// lastIndexFold is bytes.LastIndex for an ASCII lower-case word, without regard to case.
func lastIndexFold(s []byte, word string) int {
	for k := len(s) - len(word); k >= 0; k-- {
		if s[k]|0x20 == word[0] && equalFold(s[k:k+len(word)], word) {
			return k
		}
	}
	return -1
}

// escapedDN reports whether the DN attribute name s[i:j], followed by an escaped '=', is
// part of a DN written with escaped '=': another such attribute follows after ','.
func escapedDN(s []byte, i, j int) bool {
	if !dnKeys[dnKeyName(s[i:j])] {
		return false
	}
	for k := j + 2; k < len(s) && k < j+256; k++ {
		switch s[k] {
		case ',':
			return escapedDNKeyStart(s, k+1)
		case ' ', '"', ';', '\t':
			return i >= 1 && s[i-1] == ',' && i >= 2 && s[i-2] != '\\'
		}
	}
	return false
}

// escapedDNKeyStart reports whether a DN attribute's name and an escaped '=' start at s[at].
func escapedDNKeyStart(s []byte, at int) bool {
	e := at
	for e < len(s) && e-at < 8 && isLetter(s[e]) {
		e++
	}
	return e > at && e+1 < len(s) && s[e] == '\\' && s[e+1] == '=' && dnKeys[dnKeyName(s[at:e])]
}

// escapedDNAt rewrites the attribute values of a DN with escaped '=' that starts at s[i]
// (name s[i:j]) and returns where the DN ends.
func (w *worker) escapedDNAt(s []byte, i, j, base int) int {
	for {
		start := j + 2
		end := start
		for end < len(s) && s[end] != ',' && s[end] != ' ' && s[end] != '"' && s[end] != ';' && s[end] != '\t' {
			end++
		}
		if cat := dnAttributes[dnKeyName(s[i:j])]; cat != "" && end > start {
			w.where = w.label("key", s[i:j])
			w.contextValue(cat, s, start, end, base)
		}
		if end >= len(s) || s[end] != ',' || !escapedDNKeyStart(s, end+1) {
			return end
		}
		i = end + 1
		j = i
		for isLetter(s[j]) {
			j++
		}
	}
}

// isDNKeyStart reports whether a DN attribute's name and '=' start at s[at].
func isDNKeyStart(s []byte, at int) bool {
	e := at
	for e < len(s) && e-at < 8 && isLetter(s[e]) {
		e++
	}
	return e > at && e < len(s) && s[e] == '=' && dnKeys[dnKeyName(s[at:e])]
}

// playerNameEnd returns the end of the player's name at s[k] in a game server's log,
// as BattlEye and Arma write it after "Player #N ": a name of at most three words, then
// its address in parentheses, " - " or the line's end; or k.
func playerNameEnd(s []byte, k int) int {
	end, words := k, 0
	for words < 3 {
		e := end
		for e < len(s) && s[e] != ' ' && s[e] != '(' && e-k < 40 {
			e++
		}
		if e == end || !accountBytes(s[end:e]) {
			return k
		}
		end, words = e, words+1
		switch {
		case end == len(s), hasPrefixAt(s, end, " - "), hasPrefixAt(s, end, " ("),
			hasPrefixAt(s, end, " connected"), hasPrefixAt(s, end, " disconnected"):
			return end
		case s[end] != ' ':
			return k
		}
		end++
	}
	return k
}

// attributeValues maps the values in brackets at s[i] that Shibboleth's attribute
// resolver logs after an attribute's quoted name ('displayName' with values [Yui
// TANAKA], 'mail' with values [...]) by the category the name gives, and returns where
// the bracket closes; or i for a name that gives none (eduPersonAffiliation).
func (w *worker) attributeValues(s []byte, i, base int) int {
	q := i - len("' with values ") // the closing quote of the name
	open := bytes.LastIndexByte(s[max(0, q-64):q], '\'')
	if open < 0 {
		return i
	}
	name := s[max(0, q-64)+open+1 : q]
	cat := w.e.rawKeys.lookupAssigned(name)
	if cat == "" && equalFoldAny(name, "cn", "sn", "displayName", "jaDisplayName", "jaCn", "jaSn", "jaGivenName") {
		cat = categories.Fullname // (the LDAP attributes of a person's names, also in Japanese)
	}
	end := bytes.IndexByte(s[i:], ']')
	if cat == "" || end < 2 {
		return i
	}
	w.where = w.label("key", name)
	for k := i + 1; k < i+end; {
		e := bytes.Index(s[k:i+end], []byte(", "))
		if e < 0 {
			e = i + end - k
		}
		w.contextValue(cat, s, k, k+e, base)
		k += e + 2
	}
	return i + end + 1
}

// fieldPairNameEnd returns the end of the field after s[i:j] when the two fields, split by
// the delimiter s[j], are a given name and a surname in either order, both in Title case,
// and the second ends at the delimiter or the line's end; or j.
func fieldPairNameEnd(s []byte, i, j int) int {
	k, e := j+1, j+1
	for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80 || s[e] == '-' || s[e] == '\'') {
		e++
	}
	if e-k < 2 || e < len(s) && s[e] != s[j] || s[k] < 'A' || s[k] > 'Z' {
		return j
	}
	a, b := s[i:j], s[k:e]
	if upperNameWord(a) && upperLettersOnly(b) {
		// In capitals only as registers write a person, the surname first and a listed
		// given name after it (BIANCHI;GIULIA): in either order, a rank or a country's
		// code would pass (FITTER;KUMAR, DARIO;HRV).
		if len(a) < 4 || len(b) < 3 || !categories.IsGivenName(b) || techAcronyms[string(a)] || isGenericWord(a) || isGenericWord(b) ||
			isStopword(a) || inLower(notNameWords, a) || inLower(notNameWords, b) || isLogLevel(a) || isMonth(b) {
			return j
		}
		if f := e + 1; e < len(s) && f < len(s) {
			g := f
			for g < len(s) && s[g] >= 'A' && s[g] <= 'Z' {
				g++
			}
			if g-f >= 3 && (g == len(s) || s[g] == s[j]) && categories.IsGivenName(s[f:g]) {
				return j // a rank, then SURNAME;GIVEN (FITTER;KUMAR;RAJESH): the pair is the next one
			}
		}
		return e
	}
	if !titleCased(a) || !titleCased(b) {
		return j
	}
	if !categories.IsGivenName(a) && !categories.IsGivenName(b) || inLower(notNameWords, a) || inLower(notNameWords, b) ||
		isMonth(a) || isMonth(b) || isLogLevel(a) || isLogLevel(b) {
		return j
	}
	return e
}

// cellNameEnd returns the end of a field of a delimited line that is a person's name of
// two words, s[i:j] and the one after the blank, alike in capitals or in Title case,
// one of them a listed given name, the field ending at the delimiter it started after
// (;FERRARI LUCA;, |Rossi Mario|); or j. A place (SAN MARINO) is no one's.
func (w *worker) cellNameEnd(s []byte, i, j int) int {
	k := j + 1
	e := k
	for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80) {
		e++
	}
	if e-k < 2 || e < len(s) && s[e] != s[i-1] {
		return j
	}
	a, b := s[i:j], s[k:e]
	caps := upperNameWord(a) && upperLettersOnly(b)
	if !caps && !(titleCased(a) && titleCased(b)) || len(a) < 3 || len(b) < 3 {
		return j
	}
	if !categories.IsGivenName(a) && !categories.IsGivenName(b) || isGenericWord(a) || isGenericWord(b) || isStopword(a) || isStopword(b) ||
		inLower(notNameWords, a) || inLower(notNameWords, b) || techAcronyms[string(a)] || techAcronyms[string(b)] ||
		isLogLevel(a) || isMonth(a) || isMonth(b) || inLower(pharmacyNouns, a) || w.knownCity(s[i:e]) || w.knownCity(a) || w.knownCity(b) {
		return j // (Dagbladhandel Claes: a shop named for its owner, read as one)
	}
	return e
}

// upperNameWord reports a surname in capitals: letters, and an apostrophe or a hyphen
// between them (O'NEILL, RUIZ-PEREZ).
func upperNameWord(v []byte) bool {
	for k, c := range v {
		if (c == '\'' || c == '-') && k > 0 && k+1 < len(v) && v[k+1] != c {
			continue
		}
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(v) > 0
}

// titleCased reports whether v is a capital, then lower case letters (beyond ASCII too).
func titleCased(v []byte) bool {
	if len(v) < 2 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for _, c := range v[1:] {
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// bsmNameAt returns the span of the passenger's name in a baggage message's .P element at
// s[k:] (after the count: 1HUBER/ANNAMRS), without the title glued to it, or k, k.
func bsmNameAt(s []byte, k int) (int, int) {
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	e := k
	for e < len(s) && (s[e] >= 'A' && s[e] <= 'Z' || s[e] == '/' || s[e] == '-') {
		e++
	}
	if e < len(s) && s[e] != ' ' && s[e] != '.' {
		return k, k
	}
	slash := bytes.IndexByte(s[k:e], '/')
	if slash < 2 || e-(k+slash) < 3 {
		return k, k
	}
	if t := paxTitleLen(s[k:e]); t > 0 && e-(k+slash+1) > t+1 {
		return k, e - t
	}
	return k, e
}

// apisDocsFields finds the fields of an APIS document at s[i] (SSR DOCS's
// P/FIN/XT9384172/FIN/05NOV76/M/22JAN29/HAKKINEN/JUKKA): where the document's number
// starts and ends, and where the SURNAME/GIVEN that may follow starts and ends (equal
// without one); doc == docEnd when s[i] starts none.
func apisDocsFields(s []byte, i int) (doc, docEnd, name, nameEnd int) {
	upper3 := func(k int) bool {
		return k+4 <= len(s) && s[k] >= 'A' && s[k] <= 'Z' && s[k+1] >= 'A' && s[k+1] <= 'Z' && s[k+2] >= 'A' && s[k+2] <= 'Z' && s[k+3] == '/'
	}
	date7 := func(k int) bool { // 05NOV76
		return k+8 <= len(s) && isDigitsOnly(s[k:k+2]) && s[k+2] >= 'A' && s[k+2] <= 'Z' && s[k+4] >= 'A' && s[k+4] <= 'Z' && isDigitsOnly(s[k+5:k+7])
	}
	k := i + 2
	if !upper3(k) {
		return 0, 0, 0, 0
	}
	doc = k + 4
	docEnd = doc
	for docEnd < len(s) && docEnd-doc <= 20 && (isDigit(s[docEnd]) || s[docEnd] >= 'A' && s[docEnd] <= 'Z' || s[docEnd] == '-') {
		docEnd++
	}
	k = docEnd + 1
	if docEnd-doc < 5 || docEnd >= len(s) || s[docEnd] != '/' || !upper3(k) || !date7(k+4) || s[k+11] != '/' {
		return 0, 0, 0, 0
	}
	k += 12 // the sex, then the expiry
	for k < len(s) && s[k] != '/' && k-docEnd < 20 {
		k++
	}
	if k >= len(s) || !date7(k+1) {
		return doc, docEnd, docEnd, docEnd
	}
	name = k + 9
	if name >= len(s) || s[name-1] != '/' {
		return doc, docEnd, docEnd, docEnd
	}
	nameEnd = name
	for nameEnd < len(s) && (s[nameEnd] >= 'A' && s[nameEnd] <= 'Z' || s[nameEnd] == '/' || s[nameEnd] == ' ' || s[nameEnd] == '-') {
		nameEnd++
	}
	for nameEnd > name && s[nameEnd-1] == ' ' {
		nameEnd--
	}
	if bytes.IndexByte(s[name:nameEnd], '/') < 2 {
		return doc, docEnd, docEnd, docEnd
	}
	return doc, docEnd, name, nameEnd
}

// amadeusSignAt reports whether an airline agent's sign starts at s[i]: four digits, two
// capitals and one of Amadeus' duty codes after a '/' (4821MM/GS), ending there.
func amadeusSignAt(s []byte, i int) bool {
	if i+9 > len(s) || i > 0 && isAlnum(s[i-1]) || !isDigitsOnly(s[i:i+4]) || s[i+6] != '/' {
		return false
	}
	if s[i+4] < 'A' || s[i+4] > 'Z' || s[i+5] < 'A' || s[i+5] > 'Z' ||
		!equalFoldAny(s[i+7:i+9], "GS", "SU", "AS", "GP", "JP") { // Amadeus' duty codes (not a postcode's 1234AB/NL)
		return false
	}
	return i+9 == len(s) || !isAlnum(s[i+9])
}

// gamePlayerEnd returns the end of a player's name at s[i] where game servers write one,
// or i: after a SteamID64 between slashes (Rust's 185.16.38.94:52144/76561198844120937/
// FjordViking joined), or after a command that names a player in Minecraft's "issued
// server command: /msg NAME".
func gamePlayerEnd(s []byte, i int) int {
	if i < 19 {
		return i
	}
	switch s[i-1] {
	case '/':
		if s[i-19] != '/' || !hasPrefixAt(s, i-18, "7656119") || !isDigitsOnly(s[i-18:i-1]) {
			return i
		}
	case ' ':
		k := i - 1 // the command before: a few letters after a '/'
		for k > 0 && s[k-1] != ' ' && i-k < 9 {
			k--
		}
		if k < 24 || s[k] != '/' || s[k-1] != ' ' ||
			!equalFoldAny(s[k+1:i-1], "msg", "tell", "w", "whisper", "kick", "ban", "pardon", "tp", "op", "deop", "mute") ||
			!bytes.Contains(s[max(0, k-26):k], []byte("issued server command:")) {
			return i
		}
	default:
		return i
	}
	end := i
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && end-i < 32 {
		end++
	}
	if end < len(s) && s[end] != ' ' && s[end] != '\t' {
		return i
	}
	return end
}

// passengerNameEnd returns where the name ends and where its title ends (MS, MRS, MSTR)
// in a passenger's name at s[i] written SURNAME/GIVEN in capitals (OKAFOR/BOLANLE MS,
// SOUZA LIMA/MARIANA), or i, i: one with a title after it or a listed given name, not in
// a path (no '/' around it) and not a protocol's pair (TCP/IP).
func passengerNameEnd(s []byte, i int) (nameEnd, end int) {
	k, words := i, 0
	for {
		e := k
		for e < len(s) && (s[e] >= 'A' && s[e] <= 'Z' || s[e] == '-' || s[e] == '\'') {
			e++
		}
		if e-k < 2 || e >= len(s) {
			return i, i
		}
		words++
		if s[e] == '/' {
			if e-k < 3 && words == 1 {
				return i, i
			}
			k = e + 1
			break
		}
		if s[e] != ' ' || words == 2 || i == 0 || s[i-1] == ' ' || e+1 >= len(s) || s[e+1] < 'A' || s[e+1] > 'Z' {
			return i, i // (a surname of two words only as a value, NAME="SOUZA LIMA/MARIANA": in text the word before is as often one of a message, MANUAL BOARD)
		}
		k = e + 1
	}
	g := k
	for g < len(s) && (s[g] >= 'A' && s[g] <= 'Z' || s[g] == '-') {
		g++
	}
	if g-k < 2 || g < len(s) && (s[g] == '/' || isAlnum(s[g]) || s[g] == '.' && g+1 < len(s) && isAlnum(s[g+1])) ||
		techAcronyms[string(s[i:k-1])] || techAcronyms[string(s[k:g])] || k-1-i == 3 && g-k == 3 {
		return i, i // (TCP/IP MS; a route's airports, AMS/FRA MR)
	}
	for _, t := range pnrTitles {
		if e := g + len(t); e <= len(s) && string(s[g:e]) == t && (e == len(s) || !isAlnum(s[e])) {
			return g, e
		}
	}
	if categories.IsGivenName(s[k:g]) {
		return g, g
	}
	return i, i
}

// paxTitleLen returns the length of the title an airline glues to a passenger's given
// name (INGRIDMRS, KEESMR), or 0.
func paxTitleLen(v []byte) int {
	for _, t := range [...]string{"MSTR", "MISS", "MRS", "MR", "MS"} {
		if len(v) > len(t) && string(v[len(v)-len(t):]) == t {
			return len(t)
		}
	}
	return 0
}

// programVersion reports whether v is a version of three or more parts that is no IPv4
// address: 8.2.1, 24.3.0.118 (not 10.1.2.3).
func programVersion(v []byte) bool {
	if !versionShaped(v) || bytes.Count(v, []byte(".")) < 2 {
		return false
	}
	_, n, _, ok := categories.ParseIPv4(v)
	return !ok || n != len(v)
}

// smppAddressEnd returns where the number ends in an SMPP address at s[at],
// [TON/NPI/DIGITS], or at.
func smppAddressEnd(s []byte, at int) int {
	if at+12 > len(s) || !isDigit(s[at+1]) || s[at+2] != '/' || !isDigit(s[at+3]) || s[at+4] != '/' {
		return at
	}
	e := at + 5
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-at-5 < 6 || e == len(s) || s[e] != ']' {
		return at
	}
	return e
}

// wordThenProse reports whether a capitalized word of letters only, or one in
// parentheses, starts at s[k]: (Global), Player, PASS; no host's name is written so.
func wordThenProse(s []byte, k int) bool {
	if k < len(s) && s[k] == '(' {
		k++
	}
	e := k
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return e-k >= 3 && s[k] >= 'A' && s[k] <= 'Z' && (e == len(s) || s[e] == ' ' || s[e] == ')')
}

// colonValue rewrites the value after "Key:" (blanks skipped) and returns where it ends.
// base64Padding reports whether v is the '=' or "==" that ends a base64 value (a
// WireGuard key: PrivateKey = kM4v...0U=).
func base64Padding(v []byte) bool {
	return string(v) == "=" || string(v) == "=="
}

func (w *worker) colonValue(s []byte, at int, category string, base int) int {
	if category == categories.Time && !w.shiftTime {
		return at // times stay: the scan reads what follows (end: uid=jdoe,cn=users,...)
	}
	for at < len(s) && (s[at] == ' ' || s[at] == '\t' || s[at] == '\\' && at+1 < len(s) && (s[at+1] == 't' || s[at+1] == 'n' || s[at+1] == 'r')) {
		if s[at] == '\\' {
			at++ // a tab written as text: Account Name:\t\tjdoe
		}
		at++
	}
	if category == personNameValue {
		if at >= len(s) || s[at] < 'A' || s[at] > 'Z' && s[at] < 0x80 {
			return at // Patient: 4711, an identifier: the scan reads it
		}
		category = categories.Fullname // Patient : Jean Dupont, 12 rue de la Paix
	}
	if category == loginOnlyValue && at < len(s) && personNameAt(s, at) {
		// Witness: Anna Berg, a person in words, not the login Anna
		if sp := bytes.IndexByte(s[at:], ' '); sp > 0 {
			if end := proseNameEnd(s, at, at+sp); end > at+sp {
				w.contextValue(categories.Fullname, s, at, end, base)
				return end
			}
		}
	}
	if category == categories.Username && hasPrefixAt(s, at, "user ") && at+5 < len(s) && isAlnum(s[at+5]) {
		at += 5 // A10's "AXAPI login: user jdoe from ...": the word for user, then the login
	}
	if category == categories.Email && at < len(s) && s[at] != '<' {
		// From: Jane Doe <jdoe@example.com>: the address comes after a name, which
		// the scan reads on its own.
		if k := bytes.IndexByte(s[at:min(len(s), at+128)], '@'); k < 0 || bytes.IndexByte(s[at:at+k], '<') >= 0 {
			return at
		}
	}
	if at < len(s) && s[at] == '"' {
		end := at + 1
		for end < len(s) && s[end] != '"' {
			end++
		}
		start, stop := trimLoneBrackets(s, at+1, end)
		w.contextValue(category, s, start, stop, base)
		return min(end+1, len(s))
	}
	if at+2 < len(s) && s[at] == 'N' && s[at+1] == '\'' {
		at++ // SQL Server's national string: Ort = N'Wien'
	}
	if at+1 < len(s) && (s[at] == ':' || s[at] == '$') && isAlnum(s[at+1]) || at < len(s) && s[at] == '?' && (at+1 == len(s) || !isAlnum(s[at+1])) {
		return at // a statement's bind placeholder (city = :3, name = $1, id = ?): the value comes elsewhere
	}
	if at < len(s) && s[at] == '\'' {
		// SQL's and Python's quotes: phone = '+45 20 12 34 56', IBAN = 'DK23...'
		if q := sqlStringEnd(s, at+1, 256); q > at+1 {
			w.contextValue(category, s, at+1, q, base)
			return q + 1
		}
	}
	if at+2 < len(s) && s[at] == '\\' && s[at+1] == '\'' {
		// A statement quoted inside a quoted field escapes its own quotes (MariaDB's
		// audit: 'UPDATE t SET puhelin = \'+358 40 718 2245\', ...').
		if q := bytes.Index(s[at+2:min(len(s), at+258)], []byte(`\'`)); q > 0 {
			w.contextValue(category, s, at+2, at+2+q, base)
			return at + 4 + q
		}
	}
	if category == categories.Path && at+2 < len(s) && s[at+1] == ':' && s[at+2] == '\\' {
		return w.windowsPathAt(s, at, base) // New Process Name: C:\Program Files\...
	}
	if (category == categories.Hostname || category == categories.Address) && hasPrefixAt(s, at, `\\`) && at+2 < len(s) && isAlnum(s[at+2]) {
		at += 2 // a machine written as UNC names it (Client computer: \\LAPTOP-042)
	}
	end := at
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != ',' && s[end] != ';' && s[end] != '\r' && s[end] != '\n' && !(s[end] == '\\' && textEscapeAt(s, end)) {
		end++
	}
	if eq := bytes.IndexByte(s[at:end], '='); eq > 0 && isLetter(s[at]) && !bytes.ContainsAny(s[at:at+eq], ":/?") && !base64Padding(s[at+eq:end]) {
		// "new user: name=apache" (useradd): a key=value after the colon. A key the
		// scan knows is read by it from here; any other (name=) only labels the value.
		// A URL's query (referer: https://x/?a=b) is no such key.
		if w.e.rawKeys.lookup(s[at:at+eq]) != "" {
			return at
		}
		at += eq + 1
	}
	if end-at >= 2 && s[end-1] == '"' && bytes.IndexByte(s[at:end-1], '"') < 0 {
		end-- // the end of a quoted field the value closes: "... Device: PC-GRUBER-KATHARINA", "... Client region: BE.",
	}
	if category == categories.Geo && end-at >= 2 && s[end-1] == '.' && bytes.IndexByte(s[at:end-1], '.') < 0 && (end == len(s) || s[end] == '"') {
		end-- // a sentence's end: Client region: BE." (not a street's abbreviation, вул. Січеславська)
	}
	if (category == categories.Hostname || category == categories.Address || category == categories.Username) && end-at > 2 {
		if s[end-1] == '.' && (s[end-2] == ']' || s[end-2] == ')') {
			end-- // a sentence's end after brackets: Device: [LAPTOP-WEISS].
		}
	}
	at, end = trimLoneBrackets(s, at, end)
	if category == categories.NationalID {
		end = idSeriesNumberEnd(s, at, end)
	}
	if (category == categories.Geo || category == categories.Coordinate) && end > at && (s[end-1] == 'N' || s[end-1] == 'S') {
		if e := hemispherePairEnd(s, at, end); e > end {
			end = e // Pos: 53.9127N 7.1480E
		}
	}
	if e := systemPrincipalEnd(s, at); e > at {
		return e // Account Name: NT AUTHORITY\NETWORK SERVICE: the system's own, kept
	}
	if category == categories.Domain || category == categories.Username {
		for _, a := range [...]string{"NT AUTHORITY", "NT SERVICE", "NT VIRTUAL MACHINE", "Window Manager", "Font Driver Host", "IIS APPPOOL"} {
			if e := at + len(a); e <= len(s) && equalFold(s[at:e], a) && (e == len(s) || !isAlnum(s[e]) && s[e] != '\\') {
				return e // Account Domain: NT AUTHORITY
			}
		}
	}
	if (category == categories.Hostname || category == categories.Address) && (titleWord(s[at:end]) || end-at >= 2 && isLowerWord(s[at:end])) && end+1 < len(s) && s[end] == ' ' &&
		s[end+1] >= 'a' && s[end+1] <= 'z' {
		return at // prose after the key: "client: Connection reset by peer", "Server: sent handshake close"
	}
	if (category == categories.Hostname || category == categories.Address) && end > at+1 && s[end-1] == '.' && (end == len(s) || s[end] == ' ') {
		end-- // the sentence's end, not a root label (Client computer: \\LAPTOP-042. Win32 ...)
	}
	if at < len(s) && s[at] >= 'A' && s[at] <= 'Z' && (category != categories.Fullname && keyStartsAt(s, at, w.e.rawKeys) || listedKeyStartsAt(s, at, w.e.rawKeys)) {
		// A section's title ("New Account:") or an empty value ("Workstation Name:"),
		// then the next key ("Security ID:", "Source Network Address:"): no value. A
		// name's words are capitalized as a key's are: only a listed key ends it
		// (Last name: Janssens Role: customer).
		return at
	}
	if category == categories.Username && end > at && isStopword(s[at:end]) || category == categories.Secret && end-at == 1 {
		return at // prose after the key: "Failed Login: wrong user name", "ruser: not set", "password: 0 grace logins"
	}
	if category == categories.Username && end+2 < len(s) && s[end] == ' ' && s[end+1] == '"' && isDigit(s[end+2]) {
		return at // vsftpd: OK LOGIN: Client "10.1.2.3": a label, the address follows
	}
	if category == categories.Fullname && at < len(s) && s[at] >= 0x80 {
		end = nameValueEnd(s, end) // Отображаемое имя: Смирнова Ольга Петровна
	}
	if category == categories.Phone && end > at {
		if e := phoneShapeEnd(s, at); e > end {
			end = e // Cep telefonu: 0 (544) 902 13 37, Telefon: +49 30 1234567
		}
	}
	if category == categories.Card && end > at && isDigitsOnly(s[at:end]) {
		if n, ok := categories.CardAt(s[at:]); ok && at+n > end {
			end = at + n // an ATM's journal: CARD: 5244 9431 0077 6125
		}
	}
	if category == categories.Geo && end > at {
		// адреса: вул. Січеславська Набережна, 29, Дніпро, 49000; Adres: Alsancak Mah. ...
		// No:41 Konak/İzmir: a postal address runs over words to its end; a place's
		// name over its capitalized words (город: Нижний Новгород).
		if e := addressValueEnd(s, end, w.e.rawKeys); e > end {
			end = e
		} else if s[at] >= 0x80 {
			end = nameValueEnd(s, end)
		}
	}
	if category == categories.Username || category == categories.Fullname {
		end = nameWordsEnd(s, at, end, w.e.rawKeys)
		if category == categories.Username && end > at && hasPrefixAt(s, end, " (") {
			// Check Point: user: Jane Doe (jdoe); the login after the name is the
			// account's too (appendAccount maps the two).
			if close := bytes.IndexByte(s[end+2:min(len(s), end+66)], ')'); close > 0 && accountBytes(s[end+2:end+2+close]) {
				end += 3 + close
			}
		}
	}
	if category == categories.Secret {
		if paramAuthScheme(s, at, end) {
			return end // Authorization: Signature keyId="...",signature="...": by their names
		}
		end = credentialsEnd(s, at, end)
		if at >= 16 && string(s[at-16:at]) == "using password: " && (string(s[at:end]) == "YES" || string(s[at:end]) == "NO") {
			return end // MySQL: Access denied for user 'x'@'host' (using password: YES)
		}
	}
	if end > at {
		w.contextValue(category, s, at, end, base)
	}
	for category == categories.Hostname && end+1 < len(s) && s[end] == ',' && isAlnum(s[end+1]) {
		// A list of hosts (User Workstations: WS01,WS02)
		next := end + 1
		end = next
		for end < len(s) && s[end] != ',' && s[end] != ' ' && s[end] != '\t' && s[end] != ';' {
			end++
		}
		if !isHostShaped(s[next:end]) || !machineLabel(s[next:end]) || end < len(s) && s[end] == ':' {
			return next // a next key (Server Name: sepm01,Domain Name: ...), not a host
		}
		w.contextValue(category, s, next, end, base)
	}
	return end
}

// nameWordsEnd extends a name value s[at:end] of one word over the capitalized words
// that follow it (Account Name: John Smith Account Domain: CORP), up to the next key: a
// known key, or one or two capitalized words ending in a colon (Logon ID:). A value that
// is not a capitalized word (jdoe) stays one word.
func nameWordsEnd(s []byte, at, end int, keys *rawKeyTable) int {
	if !capitalizedWord(s[at:end]) {
		return end
	}
	for words := 0; words < 3 && end+1 < len(s) && s[end] == ' '; words++ {
		next := particlesEnd(s, end+1) // (Lotte van der Linden: the particles go with the surname)
		k := next
		for k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != ',' && s[k] != ';' {
			k++
		}
		if !capitalizedWord(s[next:k]) || keyWordFollows(s, k) {
			break // (also before "IP adresi:", a key whose later word is in lower case)
		}
		if keyStartsAt(s, next, keys) {
			if k+1 < len(s) && s[k] == ' ' && !listedKeyStartsAt(s, next, keys) && listedKeyStartsAt(s, k+1, keys) {
				end = k // Jina kamili: Wanjiru Kamau Anwani: the name's last word, then a known key
			}
			break
		}
		end = k
	}
	return end
}

// capitalizedWord reports whether w is a word of a name: an upper-case letter, then
// letters (any script), '-', '\” or '.'.
func capitalizedWord(w []byte) bool {
	if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); {
		c := w[i]
		switch {
		case isLetter(c) || c == '-' || c == '\'' || c == '.':
			i++
		case c >= 0x80 && isLetterAt(w, i):
			_, size := utf8.DecodeRune(w[i:])
			i += size
		default:
			return false
		}
	}
	return true
}

// keyStartsAt reports whether a "Key:" starts at s[i]: the words from i to the next
// colon are a known key, or are one or two capitalized words.
func keyStartsAt(s []byte, i int, keys *rawKeyTable) bool {
	key, words := keyBeforeColon(s, i)
	if key == nil {
		return false
	}
	if listedKey(key, keys) {
		return true
	}
	if words > 2 {
		return false
	}
	for _, word := range bytes.Fields(key) {
		if !capitalizedWord(word) && !(len(word) > 0 && word[0] >= 'A' && word[0] <= 'Z') {
			return false
		}
	}
	return true
}

// listedKeyStartsAt reports whether a key of the table, of one or more words, and its
// colon start at s[i] ("SAM Account Name:"): keyStartsAt without its guess at capitalized
// words.
func listedKeyStartsAt(s []byte, i int, keys *rawKeyTable) bool {
	key, _ := keyBeforeColon(s, i)
	return key != nil && listedKey(key, keys)
}

// keyBeforeColon returns the words of letters that start at s[i] and end at a ':' within
// 40 bytes (no blank before it), and how many words they are; or nil.
func keyBeforeColon(s []byte, i int) ([]byte, int) {
	words := 1
	for k := i; k < len(s) && k < i+40; k++ {
		if s[k] == ':' {
			if k <= i || s[k-1] == ' ' {
				return nil, 0
			}
			return s[i:k], words
		}
		if s[k] == ' ' {
			words++
		} else if !isLetter(s[k]) {
			return nil, 0
		}
	}
	return nil, 0
}

// listedKey reports whether key is in the table, as one word or as a key of several.
func listedKey(key []byte, keys *rawKeyTable) bool {
	if keys.lookup(key) != "" {
		return true
	}
	for _, k := range keys.multi {
		if strings.EqualFold(string(key), k.key) {
			return true
		}
	}
	return false
}

// scanHeaderFields scans a CEF or LEEF header, s[i:ext], as text, all but the device's
// vendor, product and version (CEF:0|Cybereason|Cybereason|23.1.221.0|...): software's
// names, which a vendor's must not be taken for a person's in (Nozomi Networks). They are
// scanned for shapes alone, but for the version, where a dotted quad is no address.
func (w *worker) scanHeaderFields(s []byte, i, ext int, magic string, delim byte, base int) {
	k := indexOf(s, magic)
	pipes, vs, ve := 0, -1, -1
	for p := k; k >= 0 && p < ext; p++ {
		if s[p] == '\\' {
			p++
			continue
		}
		if s[p] == '|' {
			pipes++
			switch pipes {
			case 3:
				vs = p + 1
			case 4:
				ve = p
			}
		}
	}
	if vs < i || ve < vs {
		w.scanFrom(s[:ext], i, modePlain, delim, base)
		return
	}
	if k > i {
		w.scanFrom(s[:k], i, modePlain, delim, base) // a syslog header before the magic
	}
	w.scanShapes(s[max(k, i):vs], base+max(k, i)) // (an address or a mail address there is still found)
	w.scanFrom(s[:ext], ve, modePlain, delim, base)
}

// cefExtension returns where the extension of a CEF line starts: after the seventh
// unescaped '|' following "CEF:".
func cefExtension(s []byte) (int, bool) {
	k := indexOf(s, "CEF:")
	if k < 0 || k > 256 {
		return 0, false
	}
	pipes := 0
	for i := k + 4; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			pipes++
			if pipes == 7 {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// leefAttributes returns where the attributes of a LEEF line start and their delimiter:
// a tab, or for LEEF 2.0 the character the header declares (a character or x09-style hex).
func leefAttributes(s []byte) (int, byte, bool) {
	k := indexOf(s, "LEEF:")
	if k < 0 || k > 256 {
		return 0, 0, false
	}
	v2 := hasPrefixAt(s, k+5, "2.0")
	want := 5
	if v2 {
		want = 6
	}
	pipes, last := 0, 0
	for i := k + 5; i < len(s); i++ {
		if s[i] == '|' {
			pipes++
			if pipes == want {
				if !v2 {
					return i + 1, leefDefaultDelimiter(s[i+1:]), true
				}
				last = i
				break
			}
		}
	}
	if last == 0 {
		if v2 && pipes == 5 {
			// LEEF 2.0 without a delimiter field: tab-separated after the fifth '|'.
			for i, p := k+5, 0; i < len(s); i++ {
				if s[i] == '|' {
					if p++; p == 5 {
						return i + 1, '\t', true
					}
				}
			}
		}
		return 0, 0, false
	}
	// The sixth field is the delimiter when the seventh '|' closes it.
	prev := last
	for i := last - 1; i > k; i-- {
		if s[i] == '|' {
			prev = i
			break
		}
	}
	field := s[prev+1 : last]
	// A letter, a digit, '=', '.' or ':' cannot separate attributes (a value would be
	// cut inside, 10.0.0.0 at a '0' or a '.'): such a field is no delimiter. Nor is one
	// the attributes never use, where they go on with '|' or a tab as a misconfigured
	// sender writes them (a declared '^', then devTime=...|src=...).
	usable := func(d byte) bool {
		return !isAlnum(d) && d != '=' && d != '.' && d != ':' &&
			(bytes.IndexByte(s[last+1:], d) >= 0 || bytes.IndexByte(s[last+1:], leefDefaultDelimiter(s[last+1:])) < 0)
	}
	switch {
	case len(field) == 1 && usable(field[0]):
		return last + 1, field[0], true
	case len(field) == 3 && (field[0] == 'x' || field[0] == 'X'):
		hi, ok1 := hexDigit(field[1])
		lo, ok2 := hexDigit(field[2])
		if ok1 && ok2 && usable(hi<<4|lo) {
			return last + 1, hi<<4 | lo, true
		}
	case len(field) == 4 && field[0] == '0' && (field[1] == 'x' || field[1] == 'X'):
		hi, ok1 := hexDigit(field[2])
		lo, ok2 := hexDigit(field[3])
		if ok1 && ok2 && usable(hi<<4|lo) {
			return last + 1, hi<<4 | lo, true
		}
	}
	if len(field) == 1 || len(field) == 3 && (field[0]|0x20) == 'x' || len(field) == 4 && field[0] == '0' && (field[1]|0x20) == 'x' {
		// A delimiter field the attributes do not use (above): they start after it all
		// the same, separated as the sender wrote them.
		if !isAlnum(field[0]) || len(field) > 1 {
			return last + 1, leefDefaultDelimiter(s[last+1:]), true
		}
	}
	// No delimiter field: the attributes start after the fifth '|'.
	return prev + 1, leefDefaultDelimiter(s[prev+1:]), true
}

// blankSeparatedPairs reports attributes that hold two key=value pairs or more after
// blanks (devTime=Nov 24 2024 21:50:27 src=10.50.3.22 usrName=...).
func blankSeparatedPairs(attrs []byte) bool {
	n := 0
	for k := bytes.IndexByte(attrs, ' '); k >= 0 && n < 2; {
		if pairOrDashAfter(attrs, k) && !hasPrefixAt(attrs, k, " - ") {
			n++
		}
		next := bytes.IndexByte(attrs[k+1:], ' ')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return n >= 2
}

// leefDefaultDelimiter returns the delimiter of LEEF attributes whose header declares
// none: a tab, as the format says, or '|' where the attributes have no tab and go on
// with '|' as IBM Guardium writes them (ruleID=20123|ruleDesc=...|dbUser=...).
func leefDefaultDelimiter(attrs []byte) byte {
	if bytes.IndexByte(attrs, '\t') >= 0 {
		return '\t'
	}
	k := 0
	for k < len(attrs) && isTokenByte(attrs[k]) {
		k++
	}
	if k == 0 || k == len(attrs) || attrs[k] != '=' {
		return '\t'
	}
	for p := bytes.IndexByte(attrs, '|'); p >= 0; {
		k := p + 1
		for k < len(attrs) && isTokenByte(attrs[k]) {
			k++
		}
		if k > p+1 && k < len(attrs) && attrs[k] == '=' {
			return '|'
		}
		q := bytes.IndexByte(attrs[p+1:], '|')
		if q < 0 {
			break
		}
		p += 1 + q
	}
	return '\t'
}

// indexOf finds sub in the first 300 bytes of s, where format markers stand.
func indexOf(s []byte, sub string) int {
	if len(s) > 300 {
		s = s[:300]
	}
	return bytes.Index(s, []byte(sub))
}

// cefValueEnd returns where a CEF extension value that starts at s[at] ends: before the
// blank that precedes the next key=, or at the end.
func cefValueEnd(s []byte, at int) int {
	for i := at; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] != ' ' {
			continue
		}
		k := i + 1
		for k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] == '.' || s[k] == '-' || s[k] == '[' || s[k] == ']') {
			k++
		}
		if k > i+1 && k < len(s) && s[k] == '=' {
			return i
		}
	}
	end := len(s)
	for end > at && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}

// cefValue rewrites a CEF value written with escapes (\\ for \, \= for =): unescaped to
// find its pseudonym, escaped again to write it.
func (w *worker) cefValue(category string, raw []byte, base int) {
	w.escapedValue(category, raw, base, `\=`)
}

// onlyEscapes reports whether every '\\' in v escapes a byte of specials.
func onlyEscapes(v []byte, specials string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' {
			if i+1 == len(v) || strings.IndexByte(specials, v[i+1]) < 0 {
				return false
			}
			i++
		}
	}
	return true
}

// dnSpecials are the bytes a distinguished name's value escapes with '\' (RFC 4514).
const dnSpecials = `,+"\<>;=`

// escapedValue rewrites a value written with '\' before each byte of specials (and
// before nothing else): unescaped to find its pseudonym, escaped again to write it.
func (w *worker) escapedValue(category string, raw []byte, base int, specials string) {
	// A writer that does not escape its backslashes (CEF's filePath=C:\Users\jdoe\x.vbs)
	// means them as they are: such a value is read and written back literally.
	literal := !onlyEscapes(raw, specials)
	w.scratch = w.scratch[:0]
	for i := 0; i < len(raw); i++ {
		if raw[i] == '\\' && i+1 < len(raw) && !literal {
			i++
		}
		w.scratch = append(w.scratch, raw[i])
	}
	plain := append(w.cefPlain[:0], w.scratch...)
	w.cefPlain = plain
	from := len(w.repl)
	w.mapped = false
	if !w.appendValue(category, plain) || !w.mapped && bytes.Equal(w.repl[from:], plain) {
		// Not the category's, or nothing mapped (the category is off, a well-known
		// value): the value stays as written, escapes and all, and is scanned for shapes.
		w.repl = w.repl[:from]
		w.scanShapes(raw, base)
		return
	}
	if literal {
		w.addEdit(w.lastCat, base, base+len(raw), from)
		return
	}
	w.scratch = append(w.scratch[:0], w.repl[from:]...)
	w.repl = w.repl[:from]
	for _, c := range w.scratch {
		if strings.IndexByte(specials, c) >= 0 {
			w.repl = append(w.repl, '\\')
		}
		w.repl = append(w.repl, c)
	}
	w.addEdit(w.lastCat, base, base+len(raw), from)
}

// accessLogClients rewrites the fields before the time of an access log line: the
// remote host (and a vhost or forwarded-for list before it), the identd user and the
// authenticated user.
func (w *worker) accessLogClients(s []byte, base int) {
	var fields [4][2]int // the last four fields before the time: [vhost] host ident user
	n := 0
	for j := len(s); j > 0 && n < len(fields); {
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		i := j
		for i > 0 && s[i-1] != ' ' {
			i--
		}
		if i == j {
			break
		}
		fields[n] = [2]int{i, j}
		n++
		j = i
	}
	if n < 3 {
		w.scanShapes(s, base)
		return
	}
	// A forwarded-for list or other fields before these: addresses by their shape.
	w.scanShapes(s[:fields[n-1][0]], base)
	for k := range n {
		f := fields[k]
		v := s[f[0]:f[1]]
		switch {
		case k < 2: // authuser, then ident
			if k == 1 && atlassianRequestID(v) {
				continue // Jira's and Confluence's request id where the ident stands: 828x1432x1
			}
			if (isAccountShaped(v) || loginBeyondASCII(v) || len(v) > 12 && string(v[:4]) == "arn:") && hasLetter(v) ||
				k == 0 && len(v) >= 4 && len(v) <= 20 && isDigitsOnly(v) { // (a number that logs in: a tax portal's fiscal number)
				w.contextValue(categories.Username, s, f[0], f[1], base) // (API Gateway's user: an IAM principal's ARN)
			} else {
				w.scanShapes(v, base+f[0]) // an address where a user stands
			}
		default: // the client host, then a vhost or the end of a forwarded-for list
			end := f[1]
			if s[end-1] == ',' {
				end--
			}
			v = s[f[0]:end]
			if _, _, _, isIP := categories.ParseIPv4(v); isIP || bytes.IndexByte(v, ':') >= 0 ||
				hasLetter(v) && (bytes.IndexByte(v, '.') > 0 || bytes.IndexByte(v, '-') > 0) && !isMonth(v) {
				w.contextValue(categories.Address, s, f[0], end, base)
			} else {
				w.scanShapes(v, base+f[0])
			}
		}
	}
}

// layoutField rewrites s[start:end], a field a line's layout names (field, for scan's
// report), as a value of category, and returns its end.
func (w *worker) layoutField(s []byte, start, end int, field []byte, category string, base int) int {
	where := w.where
	w.where = w.label("field", field)
	w.contextValue(category, s, start, end, base)
	w.where = where
	return end
}

// atlassianRequestID reports Jira's and Confluence's request id, minutes of the day, a
// request counter and the concurrent requests joined by 'x' (828x1432x1).
func atlassianRequestID(v []byte) bool {
	parts := 0
	for k := 0; k < len(v); {
		d := k
		for d < len(v) && isDigit(v[d]) {
			d++
		}
		if d == k || d < len(v) && v[d] != 'x' {
			return false
		}
		parts++
		k = d + 1
		if d == len(v) {
			break
		}
	}
	return parts == 3 && v[len(v)-1] != 'x'
}

// loginBeyondASCII reports a login written with letters beyond ASCII (françois.lefèvre),
// as web servers that authenticate against a directory log it: letters, digits, '.',
// '_' and '-', valid UTF-8.
func loginBeyondASCII(v []byte) bool {
	if !utf8.Valid(v) || len(v) > 64 {
		return false
	}
	beyond := false
	for k := 0; k < len(v); {
		r, n := utf8.DecodeRune(v[k:])
		switch {
		case r >= 0x80 && unicode.IsLetter(r):
			beyond = true
		case r < 0x80 && (isAlnum(byte(r)) || r == '.' || r == '_' || r == '-'):
		default:
			return false
		}
		k += n
	}
	return beyond
}

// isMonth reports an English month abbreviation, as syslog and access logs write dates.
func isMonth(v []byte) bool {
	if len(v) != 3 {
		return false
	}
	for _, m := range months {
		if string(v) == m {
			return true
		}
	}
	return false
}

// textEscapeAt reports whether the '\\' at s[k] writes a line break or a tab as text (a
// Windows event exported with its line breaks as "\r\n", a message with "\n") rather than
// separating DOMAIN\user: an escape follows at once (\r\n, \n\n), a capital follows the
// escape letter (jdoe\nAccount), or nothing of a word does. CORP\nmiller stays an account.
func textEscapeAt(s []byte, k int) bool {
	if k+1 >= len(s) || s[k+1] != 'n' && s[k+1] != 'r' && s[k+1] != 't' || k > 0 && s[k-1] == '\\' {
		return false
	}
	if k+2 >= len(s) {
		return true
	}
	c := s[k+2]
	return c == '\\' && k+3 < len(s) && (s[k+3] == 'n' || s[k+3] == 'r' || s[k+3] == 't') ||
		c >= 'A' && c <= 'Z' || !runByte[c] && c < 0x80
}

// hexEscapeAt reports whether the '\\' at s[k] starts a byte written in hex, \x00, as Go's,
// C's and klog's quoting write one, rather than DOMAIN\user.
func hexEscapeAt(s []byte, k int) bool {
	return k+3 < len(s) && s[k+1] == 'x' && isHex(s[k+2]) && isHex(s[k+3]) && (k+4 == len(s) || !isAlnum(s[k+4]) || s[k+4] == '\\')
}

// programExtensions are the extensions of programs and scripts run by their path.
var programExtensions = map[string]bool{"exe": true, "ps1": true, "bat": true, "cmd": true, "dll": true,
	"vbs": true, "msi": true, "js": true, "hta": true, "py": true, "sh": true, "scr": true}

// exchangeConnectorAt reports whether an Exchange receive connector's name starts at s[k]:
// Default Frontend, Client Frontend, Outbound Proxy Frontend, Client Proxy, or Default
// and the server's name.
func exchangeConnectorAt(s []byte, k int) bool {
	for _, name := range [...]string{"Default Frontend ", "Client Frontend ", "Outbound Proxy Frontend ", "Client Proxy ", "Default "} {
		if hasPrefixAt(s, k, name) && k+len(name) < len(s) && s[k+len(name)] >= 'A' && s[k+len(name)] <= 'Z' {
			return true
		}
	}
	return false
}

// accountChainAt handles DOMAIN\user and DOMAIN\group\user at s[i:], where s[j] == '\\'.
func (w *worker) accountChainAt(s []byte, i, j, base int) int {
	if isIPShaped(s[i:j]) {
		return j // an address before a backslash (10.1.2.3\share): no domain; the scan reads it
	}
	if at := bytes.IndexByte(s[i:j], '@'); at > 0 && bytes.IndexByte(s[i+at:j], '.') > 0 {
		return j // a mailbox and its folder (Exchange: jdoe@example.com\Inbox): the scan reads the address
	}
	if c := bytes.LastIndexByte(s[i:j], ':'); c > 0 && c+1 < j-i {
		if isIPShaped(s[i+c+1 : j]) {
			return j // an address after a colon (X0:10.1.2.3\...): the scan reads it
		}
		if isLettersOnly(s[i : i+c]) {
			i += c + 1 // a key glued to its value: User Name:KMT\jdoe (Cisco WLC)
		}
	}
	if exchangeConnectorAt(s, j+1) && machineLabel(s[i:j]) {
		// An Exchange receive connector, SERVER\Default Frontend SERVER: the server is a
		// host; the connector's name stays.
		w.contextValue(categories.Hostname, s, i, j, base)
		return j + 1
	}
	end := j
	parts := 1
	for end < len(s) && (runByte[s[end]] || s[end] == '\\') {
		if s[end] == '\\' {
			parts++
		}
		end++
	}
	for end > j && (s[end-1] == '.' || s[end-1] == ':' || s[end-1] == ',') {
		end--
	}
	if _, n, _, ok := categories.ParseMAC(s[j+1 : end]); ok && n == end-j-1 && parts == 2 {
		// A MAC after the backslash (A\00:11:22:33:44:55): an address, read as one.
		w.contextValue(categories.MAC, s, j+1, end, base)
		return end
	}
	if c := bytes.IndexByte(s[j+1:end], ':'); c > 0 && parts == 2 {
		if e := w.pwdumpAt(s, j+1, end, base); e > j+1 {
			w.contextValue(categories.Domain, s, i, j, base) // CORP\jdoe:1104:LM:NT:::
			return e
		}
		if pw := j + 1 + c + 1; i >= 4 && string(s[i-4:i]) == "[+] " || i == 0 && s[pw] != ':' && !isIPShaped(s[j+1:end]) && wholeLineCredential(s, pw) {
			// NetExec, CrackMapExec: [+] corp.local\jdoe:Password1 (Pwn3d!); secretsdump's
			// LSA secrets, a line of their own: CORP\svc_sql:Password1
			e := pw
			for e < len(s) && s[e] != ' ' && s[e] != '\t' {
				e++
			}
			if e > pw {
				w.contextValue(categories.Username, s, i, j+1+c, base)
				w.contextValue(categories.Secret, s, pw, e, base)
				return e
			}
		}
		if s[j+1+c+1] == ':' || isIPShaped(s[j+1:end]) {
			return j // an address after the backslash (A\01::1): the scan reads it
		}
		end = j + 1 + c // a login holds no colon: CORP\jdoe:Password1
	}
	if dot := bytes.LastIndexByte(s[j+1:end], '.'); dot > 0 && programExtensions[string(bytes.ToLower(s[j+2+dot:end]))] {
		return j // a program run from a folder (.\Rubeus.exe, tools\nc.exe), no account: the scan reads on
	}
	if parts >= 3 && categories.ProfileFolderAfter(s[:end], j) {
		// A path relative to a home share: USER\Documents\... (Zeek's smb_files name
		// beside \\fs\home$): the user's folder first.
		w.contextValue(categories.Path, s, i, end, base)
		return end
	}
	if s[end-1] == '\\' || parts > 3 || i > 0 && (s[i-1] == ' ' && isPathTail(s, i) && !pathEndingWords[string(wordBefore(s, i-1))]) {
		return j // a path (Office16\OUTLOOK.EXE), not DOMAIN\user
	}
	if end == j+2 && parts == 2 {
		return j // one letter: MySQL's \G that ends a statement (SHOW ENGINE INNODB STATUS\G)
	}
	if parts == 2 && end < len(s) && s[end] == ' ' {
		if e := wellKnownGroupEnd(s, j+1); e > end {
			w.contextValue(categories.Domain, s, i, j, base) // CORP\Domain Users: the domain's, a group everyone has
			return e
		}
	}
	w.contextValue(categories.Username, s, i, end, base)
	return end
}

// loginAttemptAt handles the credentials a honeypot logs at s[i] == '[' (Cowrie: "login
// attempt [jdoe/Secret1] failed", its text log writing them b'jdoe'/b'Secret1'): the
// user and the password an attacker tried, which may be a person's own. It returns the
// end, or i.
func (w *worker) loginAttemptAt(s []byte, i, base int) int {
	close := bytes.IndexByte(s[i+1:min(len(s), i+514)], ']')
	if close < 3 {
		return i
	}
	v := s[i+1 : i+1+close]
	slash := bytes.IndexByte(v, '/')
	if hasPrefixAt(v, 0, "b'") {
		slash = bytes.Index(v, []byte("'/b'")) + 1 // b'user'/b'pass': the user may hold no '/', the password may
	}
	if slash <= 0 || slash == len(v)-1 {
		return i
	}
	user, pass := [2]int{i + 1, i + 1 + slash}, [2]int{i + 2 + slash, i + 1 + close}
	for _, p := range [...]*[2]int{&user, &pass} {
		if p[1]-p[0] >= 3 && s[p[0]] == 'b' && s[p[0]+1] == '\'' && s[p[1]-1] == '\'' {
			p[0], p[1] = p[0]+2, p[1]-1 // Python's bytes: b'...'
		}
	}
	w.where = w.label("phrase", []byte("login attempt"))
	if user[1] > user[0] {
		w.contextValue(categories.Username, s, user[0], user[1], base)
	}
	if pass[1] > pass[0] {
		w.contextValue(categories.Secret, s, pass[0], pass[1], base)
	}
	return i + 2 + close
}

// wellKnownGroupEnd returns the end of a group of two words that every Windows domain
// has (Domain Users, Domain Admins, Authenticated Users, Enterprise Admins), any case, at
// s[k], or k.
func wellKnownGroupEnd(s []byte, k int) int {
	for _, g := range [...]string{"domain users", "domain admins", "domain computers", "domain controllers",
		"domain guests", "enterprise admins", "schema admins", "authenticated users", "protected users"} {
		if e := k + len(g); e <= len(s) && equalFold(s[k:e], g) && (e == len(s) || !isAlnum(s[e])) {
			return e
		}
	}
	return k
}

// hostBeforePort returns where a host object name starts in the run s[i:j] that a
// "/port" follows, or -1: after an interface name and ':', after '(', or after "to",
// "from" or an ASA address keyword. IP addresses are left to the scanner.
func hostBeforePort(s []byte, i, j int) int {
	colons := 0
	for _, c := range s[i:j] {
		if c == ':' {
			colons++
		}
	}
	if colons > 1 {
		return -1 // an IPv6 address with a port: OUTSIDE:2a02:cf40::1/443
	}
	start := i
	for k := j - 1; k > i; k-- {
		if s[k] == ':' {
			start = k + 1
			break
		}
	}
	name := s[start:j]
	if !isHostShaped(name) || !hasLetter(name) || interfaceName(name) {
		return -1 // (a network device's interface: GigabitEthernet1/0/24, Ethernet49/1, xe-0/0/1)
	}
	p := j + 1
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if p < len(s) && s[p] == '.' && p+1 < len(s) && isDigit(s[p+1]) {
		return -1 // a version, not a port: (Java/17.0.9), Mozilla/5.0
	}
	if p-j-1 > 5 {
		return -1 // no port has six digits: a frequent flyer's FQTV:OS/992004418833652
	}
	if _, _, _, isIP := categories.ParseIPv4(name); isIP {
		return -1
	}
	if start > i || i > 0 && s[i-1] == '(' {
		return start
	}
	if i >= 2 && s[i-1] == ' ' {
		k := i - 1
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		switch string(s[k : i-1]) {
		case "to", "from", "faddr", "laddr", "gaddr", "for":
			return start
		}
	}
	return -1
}

// lowerASCII lowers the ASCII capitals of b in place.
func lowerASCII(b []byte) {
	for x, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[x] = c + 'a' - 'A'
		}
	}
}

// upperAlnumDash reports whether v holds only capitals, digits and '-', as Windows names
// its machines (WCC-OS-01), a capital first.
func upperAlnumDash(v []byte) bool {
	if len(v) == 0 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '-') {
			return false
		}
	}
	return true
}

// accountFieldBefore reports whether the field of a delimited row that ends at s[sep] (its
// delimiter) is an account written DOMAIN\login, the domain in capitals.
func accountFieldBefore(s []byte, sep int) bool {
	k := sep
	for k > 0 && s[k-1] != s[sep] && sep-k < 80 {
		k--
	}
	field := s[k:sep]
	bs := bytes.IndexByte(field, '\\')
	return bs >= 2 && bs+2 < len(field) && upperAlnumDash(field[:bs]) && accountBytes(field[bs+1:])
}

// loginBeforeCommaName reports whether the field s[i:j] of a delimited row, its
// separator at s[at] (after a closing quote, when quoted), is a login made from the name
// in the next field, written "Surname, Given" and quoted or not: the
// surname's first four letters, and the given name's initial first or last or its first
// three letters, without regard to case or diacritics (HWHITFIELD beside "Whitfield,
// Hannah").
func loginBeforeCommaName(s []byte, i, j, at int) bool {
	sep, k := s[at], at+1
	quote := s[k] == '"'
	if quote {
		k++
	}
	e := k
	for e < len(s) && e-k < 64 && (quote && s[e] != '"' || !quote && s[e] != sep) {
		e++
	}
	if e >= len(s) && quote || e-k < 5 || !surnameCommaName(s[k:e]) {
		return false
	}
	c := bytes.Index(s[k:e], []byte(", "))
	var surBuf, givenBuf, loginBuf [64]byte
	surname, ok1 := categories.FoldLatin(surBuf[:0], s[k:k+c])
	given, ok2 := categories.FoldLatin(givenBuf[:0], s[k+c+2:e])
	login := append(loginBuf[:0], s[i:j]...)
	lowerASCII(surname)
	lowerASCII(given)
	lowerASCII(login)
	if !ok1 || !ok2 || len(surname) < 4 || len(given) < 2 || !bytes.Contains(login, surname[:4]) || bytes.Equal(login, surname) {
		return false
	}
	return login[0] == given[0] || login[len(login)-1] == given[0] || len(given) >= 3 && bytes.Contains(login, given[:3])
}

// loginOfName reports whether login is made from the name (given name, surname) that
// ends at s[end]: the surname's first four letters without diacritics, and the given
// name's initial first or last, or its first three letters (koberlaender, k.oberlander
// and oberlanderk for Katrin Oberländer). A program's name after a product's words
// (Redis Sentinel (sentinel), Docker Engine (engine-ce)) is none.
func loginOfName(s []byte, end int, login []byte) bool {
	var surBuf, givenBuf [64]byte
	surStart := bytes.LastIndexByte(s[:end], ' ') + 1
	surname, ok := categories.FoldLatin(surBuf[:0], s[surStart:min(end, surStart+32)])
	if !ok || len(surname) < 4 || surStart < 2 {
		return false
	}
	givenStart := bytes.LastIndexByte(s[:surStart-1], ' ') + 1
	for givenStart < surStart-1 && !isLetter(s[givenStart]) && s[givenStart] < 0x80 {
		givenStart++ // +Katrin Oberländer (Jira's added permission)
	}
	given, ok := categories.FoldLatin(givenBuf[:0], s[givenStart:min(surStart-1, givenStart+32)])
	if !ok || len(given) < 2 || !bytes.Contains(login, surname[:4]) || bytes.Equal(login, surname) {
		return false
	}
	return login[0] == given[0] || login[len(login)-1] == given[0] || len(given) >= 3 && bytes.Contains(login, given[:3])
}

// cronUsers rewrites the users cron's daemons write at the start of a message, after a
// tag of cron's (crond, CROND, crontab, anacron) that ends where the message starts
// (s[h1:msg] is the tag): "(jdoe) CMD (...)", "(jdoe) ORPHAN (no passwd entry)", and
// crontab's "(root) LIST (jdoe)", "(root) REPLACE (jdoe)". It returns where the scan goes
// on.
func (w *worker) cronUsers(s []byte, h1, msg, base int) int {
	colon := bytes.Index(s[h1:min(len(s), h1+48)], []byte(": "))
	if colon < 0 {
		return msg
	}
	tag := s[h1 : h1+colon]
	if !bytes.Contains(tag, []byte("cron")) && !bytes.Contains(tag, []byte("CRON")) {
		return msg
	}
	w.scanFrom(s[:h1+colon], msg, modePlain, ',', base) // the tag, scanned as any text is
	k := skipBlanks(s, h1+colon+2)
	for pass := 0; pass < 2 && k < len(s) && s[k] == '('; pass++ {
		end := bytes.IndexByte(s[k:min(len(s), k+66)], ')')
		if end < 2 || !accountBytes(s[k+1:k+end]) {
			return k
		}
		w.where = wherePhrase
		w.contextValue(categories.Username, s, k+1, k+end, base)
		k += end + 1
		next := k
		for _, verb := range [...]string{" LIST (", " REPLACE (", " DELETE (", " BEGIN EDIT (", " END EDIT (", " RELOAD ("} {
			if hasPrefixAt(s, k, verb) {
				next = k + len(verb) - 1
				break
			}
		}
		if next == k {
			return k
		}
		k = next
	}
	return k
}

// secretDataMark returns where Junos's "## SECRET-DATA" mark stands in s, or -1.
func secretDataMark(s []byte) int {
	if bytes.IndexByte(s, '#') < 0 {
		return -1
	}
	return bytes.Index(s, []byte("## SECRET-DATA"))
}

// sudoLogUser returns where the user starts in a line of sudo's own log file
// ("Mar 19 09:58:02 2024 : jdoe : HOST=web01 : TTY=pts/2 ; ..."), or 0.
func sudoLogUser(s []byte) int {
	head := s[:min(len(s), 160)]
	if bytes.IndexByte(head, '=') < 0 {
		return 0 // (no HOST= or TTY=)
	}
	k := bytes.Index(head, []byte(" : "))
	if k <= 0 || !isDigit(s[k-1]) {
		return 0 // (the date before it ends in a digit: its year or its time)
	}
	e := bytes.Index(head[k+3:], []byte(" : "))
	if e <= 0 || !accountBytes(head[k+3:k+3+e]) {
		return 0
	}
	if rest := k + 3 + e + 3; !hasPrefixAt(s, rest, "HOST=") && !hasPrefixAt(s, rest, "TTY=") {
		return 0
	}
	return k + 3
}

// ofsFieldKey reports a field of Temenos T24's OFS messages: capitals, digits and dots,
// then one or two :N positions (SHORT.NAME:1:1, PAYMENT.DETAILS:1) or "::" (DEBIT.ACCT.NO::).
func ofsFieldKey(k []byte) bool {
	c := bytes.IndexByte(k, ':')
	if c < 0 {
		c = len(k) // DEBIT.ACCT.NO=: no positions
	}
	if c < 2 {
		return false
	}
	letters := 0
	for _, b := range k[:c] {
		if (b < 'A' || b > 'Z') && !isDigit(b) && b != '.' {
			return false
		}
		if b >= 'A' && b <= 'Z' {
			letters++
		}
	}
	if letters < 2 {
		return false // (an address and a port: 2.0.0.0:0=)
	}
	for _, b := range k[c:] {
		if b != ':' && !isDigit(b) {
			return false
		}
	}
	if len(k)-c == 2 {
		return true // FIELD::=value, the form that leaves the positions to the default
	}
	return k[len(k)-1] != ':' && k[len(k)-1] != '.'
}

// ofsFields are the categories of T24's fields that hold a customer's data.
var ofsFields = map[string]string{"SHORT.NAME": categories.Fullname, "NAME.1": categories.Fullname,
	"NAME.2": categories.Fullname, "BEN.CUSTOMER": categories.Fullname, "ORDERING.CUST": categories.Fullname,
	"MNEMONIC": categories.Username, "STREET": categories.Geo, "ADDRESS": categories.Geo,
	"TOWN.COUNTRY": categories.Geo, "POST.CODE": categories.Geo, "SMS.1": categories.Phone,
	"PHONE.1": categories.Phone, "EMAIL.1": categories.Email, "DEBIT.ACCT.NO": categories.Secret,
	"CREDIT.ACCT.NO": categories.Secret}

// ofsFieldCategory names the category of an OFS field's value, or "".
func ofsFieldCategory(k []byte) string {
	if c := bytes.IndexByte(k, ':'); c >= 0 {
		k = k[:c]
	}
	return ofsFields[string(k)]
}

// interfacePrefixes begin the names of network devices' interfaces (Cisco IOS and NX-OS,
// Arista EOS, Juniper Junos, HPE Aruba), which a slot and port number follow.
var interfacePrefixes = []string{"GigabitEthernet", "TenGigabitEthernet", "TwentyFiveGigE", "FortyGigabitEthernet",
	"HundredGigE", "FastEthernet", "Ethernet", "Eth", "Gi", "Te", "Fa", "Twe", "Fo", "Hu", "Port-channel", "Po",
	"Vlan", "Loopback", "Tunnel", "Management", "mgmt", "xe-", "ge-", "et-", "fe-", "ae", "irb", "lo", "em",
	"1/1/", "lag", "vlan"}

// interfaceName reports whether name is an interface's name before its slot/port
// (GigabitEthernet1 in GigabitEthernet1/0/24, xe-0 in xe-0/0/1).
func interfaceName(name []byte) bool {
	if len(name) < 2 || !isDigit(name[len(name)-1]) {
		return false // (a slot's number ends the name; most host names fail here)
	}
	switch name[0] {
	case 'G', 'T', 'F', 'H', 'E', 'P', 'V', 'L', 'M', 'm', 'x', 'g', 'e', 'f', 'a', 'i', 'l', 'v', '1':
	default:
		return false
	}
	for _, p := range interfacePrefixes {
		if len(name) > len(p) && string(name[:len(p)]) == p && isDigitsOnly(name[len(p):]) {
			return true
		}
	}
	return false
}

// isPathTail reports whether the word at s[i] continues a Windows path written with
// blanks before it (C:\Program Files\...): a backslash stands earlier in the same token
// sequence, with no quote or '=' between.
func isPathTail(s []byte, i int) bool {
	for k := i - 1; k >= 0 && i-k < 260; k-- {
		switch s[k] {
		case '\\':
			// Only a path's backslash: its run starts as a path does (C:\, \\server,
			// %APPDATA%\, .\); an account before it (CORP\jdoe y OTHER\jsmith) is none.
			// A run that does not (Files\Foo of C:\Program Files\Foo Bar) may be a
			// path's middle: look further back.
			r := k
			for r > 0 && s[r-1] != ' ' && s[r-1] != '\t' && s[r-1] != '"' && s[r-1] != '\'' && s[r-1] != '=' {
				r--
			}
			if r+2 < len(s) && isLetter(s[r]) && s[r+1] == ':' && s[r+2] == '\\' || s[r] == '\\' || s[r] == '%' || s[r] == '.' || s[r] == '~' ||
				r+2 < len(s) && s[r] == 'H' && s[r+1] == 'K' || hasPrefixAt(s, r, "REGISTRY\\") || hasPrefixAt(s, r, "Registry\\") {
				return true // (and a registry key: HKLM\...\Session Manager\KnownDlls)
			}
			k = r // (the loop steps to the byte before the run)
		case '"', '=', '\t', '(', '[', '|', ';':
			return false
		case ',':
			if s[k+1] == ' ' {
				return false // a list's separator (Members: CORP\jdoe, CORP\asmith), no folder's
			}
		}
	}
	return false
}

// yearAfterTitle reports whether s[i:j] is a year after a capitalized word, as in an
// event's or a ballot's title (Bürgerentscheid 2024 Heidelberg, Olympia 2024 Paris), not
// a postal code, which follows a comma, a house number or the start of the address.
func yearAfterTitle(s []byte, i, j int) bool {
	if j-i != 4 || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || i < 3 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && (isLetter(s[k-1]) || s[k-1] >= 0x80) {
		k--
	}
	return k < i-2 && s[k] >= 'A' && s[k] <= 'Z' && (k == 0 || s[k-1] == ' ' || s[k-1] == '"')
}

// wordBefore returns the word that ends at s[k] (a blank), or nil.
func wordBefore(s []byte, k int) []byte {
	start := k
	for start > 0 && start > k-16 && isLetter(s[start-1]) {
		start--
	}
	if start > 0 && s[start-1] != ' ' {
		return nil
	}
	return s[start:k]
}

// isPathStart reports whether a path may start after c: a blank, a key's '=' or ':',
// a quote, a bracket, a list's ',' or a '!' (mount failed!\\fs01\share).
func isPathStart(c byte) bool {
	return c == ' ' || c == '\t' || c == '=' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '<' || c == ',' || c == ':' || c == '>' || c == '!'
}

func isPathByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '~' || c == '$' || c == '@'
}

// unixPathAt handles a path that starts with '/' at s[i]; after an HTTP method it is a
// request target and is rewritten as a URL path instead.
func (w *worker) unixPathAt(s []byte, i, base int) int {
	if i+1 < len(s) && s[i+1] == '/' {
		return w.smbShareAt(s, i, base)
	}
	end := i
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != '"' && s[end] != '\'' && s[end] != ',' && s[end] != ';' && s[end] != ')' && s[end] != '>' && s[end] != '|' &&
		!(s[end] == ':' && end+1 < len(s) && s[end+1] == '/') && !(s[end] == ']' && hasPrefixAt(s, end, "]LOG]")) {
		end++ // (a list of paths, /home/jdoe:/bin/bash, PATH=/usr/bin:/bin: each on its own; CMTrace's ]LOG]!>)
	}
	for end > i+1 && (s[end-1] == '.' || s[end-1] == ':') {
		end--
	}
	if c := bytes.LastIndexByte(s[i:end], ':'); c > 0 && i+c+1 < end && isDigitsOnly(s[i+c+1:end]) {
		end = i + c // a source file's line (/home/jdoe/www/index.php:2351): no part of the path
	}
	if !hasLetter(s[i:end]) {
		return i + 1 // /34534, /10.0.5.12/: numbers and addresses, not paths
	}
	httpTarget := false
	if p1, _ := w.prevWords(s, i); httpMethods[string(bytes.TrimLeft(p1, `"`))] {
		httpTarget = true
	}
	if !httpTarget && !categories.IsUnixPath(s[i:end]) && !(i > 0 && s[i-1] == '=') {
		if hasPersonalRoute(s[i:end]) {
			// A web route that names a user (Django's "Not Found: /accounts/jdoe/"),
			// read as a URL's path.
			w.contextValue(categories.URL, s, i, end, base)
			return end
		}
		// Not a file path by its root: a switch (/user:jdoe), an API route. Scan on.
		return i + 1
	}
	if p1, _ := w.prevWords(s, i); httpMethods[string(bytes.TrimLeft(p1, `"`))] || (i > 0 && s[i-1] == '=') && w.e.rawKeys.lookup(keyBefore(s, i-1)) == categories.URL {
		w.contextValue(categories.URL, s, i, end, base)
		return end
	}
	w.contextValue(categories.Path, s, i, end, base)
	if last := bytes.LastIndexByte(s[i:end], '/'); last >= 0 && end < len(s) && s[end] == ' ' {
		// A command run by its path (sudo's COMMAND=/usr/sbin/useradd ... jdoe): its
		// arguments are read as the command's.
		if e := w.accountCommandArgs(s, i+last+1, end, base); e > end {
			return e
		}
	}
	return end
}

// changedFieldBefore returns the category that a change's field=NAME, earlier on the line,
// gives the old= and new= values after it (an audit trail written as key=value), or "".
func (w *worker) changedFieldBefore(s []byte, i int) string {
	k := bytes.LastIndex(s[max(0, i-160):i], []byte("field="))
	if k < 0 {
		return ""
	}
	k += max(0, i-160) + 6
	e := k
	for e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '.' || s[e] == '-') {
		e++
	}
	if e == k {
		return ""
	}
	if dash := bytes.LastIndexByte(s[k:e], '-'); dash > 0 && dash+1 < e-k {
		if c := w.changedFieldCategory(s[k+dash+1 : e]); c != "" {
			return c // SAP HR's audit: field=P0002-NACHN, an infotype and its field
		}
	}
	return w.changedFieldCategory(s[k:e])
}

// registryHiveAt reports whether a registry hive's name and a backslash start s[i:]
// (HKLM\, HKEY_CURRENT_USER\).
func registryHiveAt(s []byte, i int) bool {
	e := i
	for e < len(s) && (s[e] >= 'A' && s[e] <= 'Z' || s[e] == '_') {
		e++
	}
	return e < len(s) && s[e] == '\\' && equalFoldAny(s[i:e], "HKLM", "HKCU", "HKU", "HKCR", "HKCC", "HKEY_LOCAL_MACHINE",
		"HKEY_CURRENT_USER", "HKEY_USERS", "HKEY_CLASSES_ROOT", "HKEY_CURRENT_CONFIG")
}

// rootedWindowsPath reports whether s[k:] starts with a folder that a Windows path
// from the root of a volume starts with, and a backslash after it.
func rootedWindowsPath(s []byte, k int) bool {
	if hasPrefixAt(s, k, "VOLUME{") || hasPrefixAt(s, k, "Volume{") {
		return true
	}
	e := k
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return e < len(s) && s[e] == '\\' && equalFoldAny(s[k:e], "Users", "Device", "Windows", "ProgramData", "inetpub")
}

// sessionWord reports the words for a session in the languages of European logs,
// "token" (a token tok_4wXq9Rm2Lz7Vb already bound) and "key" (PrestaShop's "Webservice
// key 4XKQ8ZB2M7RT... used from").
func sessionWord(w []byte) bool {
	return len(w) == 3 && equalFold(w, "key") ||
		len(w) >= 5 && len(w) <= 9 && equalFoldAny(w, "session", "sesión", "sessão", "sessione", "sitzung", "sessie", "sesja", "token")
}

// sessionIDShaped reports whether v is written as a session's id: letters and digits
// (and '-', '_'), a letter and a digit among them.
func sessionIDShaped(v []byte) bool {
	letter, digit := false, false
	for _, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case isLetter(c):
			letter = true
		case c != '-' && c != '_':
			return false
		}
	}
	return letter && digit
}

// slashNameAfter reports whether the value after the blanks at s[k] is a name written
// SURNAME/GIVEN in capitals (pnrName).
func slashNameAfter(s []byte, k int) bool {
	k = skipBlanks(s, k)
	e := argEnd(s, k)
	if e-k < 9 {
		return false // (TCP/IP, TCP/UDP: protocols)
	}
	slash, title := pnrName(s[k:e])
	return slash >= 3 && title-slash > 3
}

// twoWordKey returns the category of the key the word before s[i:j] and s[i:j] make when
// joined (Device Id, Serial Number: deviceid, serialnumber), or "".
func (w *worker) twoWordKey(s []byte, i, j int) string {
	if i < 2 || s[i-1] != ' ' || !isLetter(s[i-2]) || j-i > 16 {
		return ""
	}
	k := i - 1
	for k > 0 && isLetter(s[k-1]) && i-k <= 24 {
		k--
	}
	var buf [48]byte
	return w.e.rawKeys.lookup(append(append(buf[:0], s[k:i-1]...), s[i:j]...))
}

// gerritAccountAt reports whether Gerrit's account id, a/DIGITS and a blank, ends at or
// after s[k] (its first digit).
func gerritAccountAt(s []byte, k int) bool {
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	return e-k >= 3 && e < len(s) && s[e] == ' '
}

// codeNamespaceEnd returns the end of a PHP or .NET namespace that starts at s[i], whose
// first part ends at the '\\' at s[j] (Stripe\Exception\CardException,
// Joomla\CMS\Factory::getUser), or i: three parts or more written as code names, each
// with a capital first, or two before "::". DOMAIN\user has two parts.
func codeNamespaceEnd(s []byte, i, j int) int {
	isPart := func(v []byte) bool {
		if len(v) == 0 || v[0] < 'A' || v[0] > 'Z' {
			return false
		}
		for _, c := range v {
			if !isAlnum(c) && c != '_' {
				return false
			}
		}
		return true
	}
	if !isPart(s[i:j]) || equalFoldAny(s[i:j], "Users", "Windows", "Documents") || j-i >= 2 && s[i] == 'H' && s[i+1] == 'K' {
		return i // (a registry key, HKLM\SOFTWARE\..., is read as a path is)
	}
	parts, k := 1, j
	for k+1 < len(s) && s[k] == '\\' && s[k+1] >= 'A' && s[k+1] <= 'Z' {
		e := k + 1
		for e < len(s) && (isAlnum(s[e]) || s[e] == '_') {
			e++
		}
		if e < len(s) && (s[e] == '.' || s[e] == '-' || s[e] == '$') && e+1 < len(s) && isAlnum(s[e+1]) {
			return i // a login (CORP\Anna.Berg), a machine account (CORP\WS01$)
		}
		parts++
		k = e
	}
	if k+1 < len(s) && s[k] == ':' && s[k+1] == '\\' {
		return i // a drive's letter after it (...\Paths\C:\...): a path
	}
	if parts >= 3 || parts == 2 && hasPrefixAt(s, k, "::") {
		return k
	}
	return i
}

// machineAccountShaped reports whether v is a computer account, NAME$, where NAME is
// written as machines are named (WS-042$, FS01$) and is no administrative share (ADMIN$,
// IPC$, PRINT$, C$).
func machineAccountShaped(v []byte) bool {
	name := v[:len(v)-1]
	for _, c := range name {
		if !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return machineLabel(name) && !equalFoldAny(name, "ADMIN", "IPC", "PRINT", "SYSVOL", "NETLOGON")
}

// hasPersonalRoute reports whether a path has a segment of personalRoutes, or a patient's
// route, followed by another (/api/v1/users/jdoe, /accounts/jdoe/settings,
// /patients/P00417723).
func hasPersonalRoute(path []byte) bool {
	for k := 1; k < len(path); k++ {
		if path[k] == '/' && k+1 < len(path) && (personalRouteBefore(path[:k]) || patientRouteBefore(path[:k])) {
			return true
		}
	}
	return false
}

// smbShareAt handles "//" at s[i]: an SMB share written with slashes, smbclient
// //fs01/share, mount -t cifs //10.1.2.3/data, whose host is mapped (the share path is
// scanned from its '/'). Anything else (a URL's "//" read as text, a "// comment") is
// passed over: the '/' is no path's start.
func (w *worker) smbShareAt(s []byte, i, base int) int {
	if i+2 < len(s) && isAlnum(s[i+2]) && (i == 0 || s[i-1] != ':') {
		h := i + 2
		for h < len(s) && (isAlnum(s[h]) || s[h] == '-' || s[h] == '.' || s[h] == '_') {
			h++
		}
		if host := s[i+2 : h]; h < len(s) && s[h] == '/' && (hostLikeWord(host) || bytes.IndexByte(host, '.') > 0 ||
			commandBefore(s, i, "smbclient", false) || commandBefore(s, i, "cifs", false)) {
			cat := categories.Hostname
			if isAddressText(host) {
				cat = categories.IP
			}
			w.contextValue(cat, s, i+2, h, base)
			return h
		}
	}
	return i + 1
}

func keyBefore(s []byte, eq int) []byte {
	k := eq
	for k > 0 && runByte[s[k-1]] {
		k--
	}
	return s[k:eq]
}

// pathEndingWords end a Windows path at the blank before them: the sentence goes on with
// who or where (renamed on \\fs01\share by CORP\jdoe). Not "and": C:\Documents and
// Settings.
var pathEndingWords = map[string]bool{"by": true, "from": true, "via": true, "on": true, "at": true, "as": true, "to": true, "into": true,
	// the same in other languages of logs, but words that names hold (van, von, da, de,
	// af, Per): a folder may be named for a person (C:\Users\Jan van Dijk\...)
	"door": true, "durch": true, "par": true, "por": true, "przez": true, "voor": true, "pour": true,
	"para": true, "für": true, "dla": true, "naar": true, "nach": true, "vers": true, "för": true}

// fileNameEnds reports whether the path ends in a file's name: its last component has an
// extension of one to five letters or digits (cmd.exe, x.txt).
func fileNameEnds(path []byte) bool {
	dot := bytes.LastIndexByte(path, '.')
	if dot < 0 || bytes.IndexByte(path[dot:], '\\') >= 0 || len(path)-dot-1 < 1 || len(path)-dot-1 > 5 {
		return false
	}
	for _, c := range path[dot+1:] {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// givenNameKeyNext reports whether the value at s[k] is one word followed by a key for a
// given name (Vorname=, firstName=, prenom=): the value is then a family name.
func givenNameKeyNext(s []byte, k int) bool {
	return oneWordBeforeKey(s, k, "vorname", "firstname", "first_name", "givenname", "given_name", "prenom", "prénom", "voornaam", "nome", "fornavn", "förnamn", "etunimi", "imie", "imię")
}

// surnameKeyNext reports whether the value at s[k] is one word followed by a key for a
// family name (familyName=, apellidos=, cognome=): the value is then a given name, as SAML
// attributes and identity providers' logs write them (name=Giulia familyName=Esposito).
func surnameKeyNext(s []byte, k int) bool {
	return oneWordBeforeKey(s, k, "familyname", "family_name", "lastname", "last_name", "surname", "apellidos", "apellido", "cognome", "nachname", "familienname", "achternaam", "nazwisko", "příjmení", "prijmeni", "efternavn", "etternavn", "efternamn", "sukunimi")
}

// oneWordBeforeKey reports whether the value at s[k] is one capitalised word followed by
// a blank and one of keys (lower case) with its '='.
func oneWordBeforeKey(s []byte, k int, keys ...string) bool {
	e := k
	for e < len(s) && s[e] != ' ' && s[e] != '=' && s[e] != ',' && s[e] != ';' {
		e++
	}
	if e == k || e+1 >= len(s) || s[e] != ' ' || s[k] < 'A' || s[k] > 'Z' && s[k] < 0x80 {
		return false
	}
	eq := bytes.IndexByte(s[e+1:min(len(s), e+24)], '=')
	return eq > 0 && equalFoldAny(s[e+1:e+1+eq], keys...)
}

// bcbpNameEnd returns the end of the passenger's name in a boarding pass's barcode (IATA
// BCBP) at s[i]: M and the number of legs (1 to 4), the name SURNAME/GIVEN padded with
// blanks to 20 bytes, E or a blank, the booking's code in 7, two airports' codes; or 0.
func bcbpNameEnd(s []byte, i int) int {
	if i+36 > len(s) || s[i+1] < '1' || s[i+1] > '4' || i > 0 && isAlnum(s[i-1]) || s[i+22] != 'E' && s[i+22] != ' ' {
		return 0
	}
	end := i + 22
	for end > i+2 && s[end-1] == ' ' {
		end-- // the padding
	}
	for _, c := range s[i+2 : end] {
		if !(c >= 'A' && c <= 'Z' || c == '/' || c == '-' || c == '\'' || c == ' ') {
			return 0 // (a blank inside belongs to the name: VAN DER BERG/ANNA)
		}
	}
	if bytes.IndexByte(s[i+2:end], '/') < 1 {
		return 0
	}
	for _, c := range s[i+23 : i+30] {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == ' ') {
			return 0
		}
	}
	for _, c := range s[i+30 : i+36] {
		if c < 'A' || c > 'Z' {
			return 0
		}
	}
	return end
}

// pnrPassengerAt returns where a passenger's name as bookings write it starts and ends,
// the run s[i:j] before its '/' being the surname: an element number or none (1.),
// SURNAME/GIVEN in capitals, then a title (PFEIFFER/JONAS MR); the end is after the
// title. 0, 0 if none.
func pnrPassengerAt(s []byte, i, j int) (start, end int) {
	k := i
	for k < j && isDigit(s[k]) {
		k++
	}
	if k > i {
		if k-i > 2 || k >= j || s[k] != '.' {
			return 0, 0
		}
		k++
	}
	if j-k < 2 || k == i && j-k < 4 {
		return 0, 0 // (TCP/IP MS, AMS/FRA MR: no element number, a short first part)
	}
	g := j + 1
	for g < len(s) {
		if s[g] >= 'A' && s[g] <= 'Z' || s[g] == '-' {
			g++
		} else if r, size := utf8.DecodeRune(s[g:]); r >= 0x80 && unicode.IsUpper(r) {
			g += size
		} else {
			break
		}
	}
	if g-j-1 < 3 {
		return 0, 0
	}
	for _, r := range string(s[k:j]) {
		if !(r >= 'A' && r <= 'Z' || r == '-' || r >= 0x80 && unicode.IsUpper(r)) {
			return 0, 0
		}
	}
	for _, t := range pnrTitles {
		if e := g + len(t); hasPrefixAt(s, g, t) && (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == ';') {
			return k, e
		}
	}
	return 0, 0
}

// sqlStringEnd returns the index of the quote that closes the single-quoted string whose
// text starts at s[from], looking at most limit bytes on, or -1. A doubled quote (SQL's
// escape) or one after a backslash (MySQL's dell\'Indipendenza, in JSON
// dell\\'Indipendenza) is part of the text.
func sqlStringEnd(s []byte, from, limit int) int {
	for k := from; k < len(s) && k-from < limit; k++ {
		if s[k] != '\'' {
			continue
		}
		if k > from && s[k-1] == '\\' {
			continue
		}
		if k+1 < len(s) && s[k+1] == '\'' {
			k++
			continue
		}
		return k
	}
	return -1
}

// escapedRootedPath reports whether the "\\" at s[i] starts a path from a volume's root
// with its backslashes escaped (\\Microsoft\\Windows\\... in JSON inside CSV: the path
// \Microsoft\Windows), not a UNC path: its first name is followed by "\\" too.
func escapedRootedPath(s []byte, i int) bool {
	k := i + 2
	for k < len(s) && (isAlnum(s[k]) || s[k] == '-' || s[k] == '_' || s[k] == '.') {
		k++
	}
	return k > i+2 && k+1 < len(s) && s[k] == '\\' && s[k+1] == '\\'
}

// windowsPathAt handles a path that starts at s[i] with a drive (C:\) or a UNC prefix.
// Spaces are allowed inside when the next word goes on with a backslash
// (C:\Program Files\x.exe).
func (w *worker) windowsPathAt(s []byte, i, base int) int {
	end := i
	for end < len(s) {
		c := s[end]
		if c == ' ' {
			k := end + 1
			if k < len(s) && (s[k] == '/' || s[k] == '-') {
				break // a command's switch: net use \\fs01\share /user:CORP\jdoe
			}
			if fileNameEnds(s[i:end]) || s[end-1] == '\\' {
				break // a file's or a folder's name ends the path: C:\x\a.exe as CORP\jdoe
			}
			// Up to four words on, a backslash goes on with the path (C:\Documents and
			// Settings\jdoe), unless a word says the sentence goes on (\\fs01\share by
			// CORP\jdoe from 10.1.2.3).
			words, wordStart := 1, k
			for k < len(s) && s[k] != '\\' && s[k] != '"' && s[k] != '\t' && s[k] != '=' && s[k] != '[' && s[k] != ']' &&
				s[k] != ',' && s[k] != ';' && s[k] != '|' && words <= 4 {
				if s[k] == ' ' {
					if k == wordStart || pathEndingWords[string(s[wordStart:k])] || s[k-1] == ':' || k+1 < len(s) && (s[k+1] == '/' || s[k+1] == '-') {
						break
					}
					words++
					wordStart = k + 1
				}
				k++
			}
			if k < len(s) && s[k] == '\\' && words <= 4 && !pathEndingWords[string(s[wordStart:k])] {
				end = k
				continue
			}
			break
		}
		if c == '\t' || c == '"' || c == '\'' || c == ',' || c == ';' || c == '|' || c == '<' || c == '>' || c == '\n' || c == '\r' ||
			c == ']' && hasPrefixAt(s, end, "]LOG]") {
			break // (CMTrace's message ends at ]LOG]!>)
		}
		end++
	}
	for end > i && (s[end-1] == '.' || s[end-1] == ')') {
		end--
	}
	w.contextValue(categories.Path, s, i, end, base)
	return end
}

// csvFieldAt reports whether s[i:j] is a whole field of a comma separated line, quoted
// or not: "x", or ,x, (or the line's first or last field); or of a line split by ';',
// '|' or tabs, the same delimiter on both sides (or the line's end after it).
func csvFieldAt(s []byte, i, j int) bool {
	if i > 0 && s[i-1] == '"' && j < len(s) && s[j] == '"' {
		i, j = i-1, j+1
	}
	if i > 0 && j < len(s) && s[i-1] == s[j] && (s[j] == ';' || s[j] == '|' || s[j] == '\t') {
		return true // (a semicolon's, a bar's or a tab's export: ;OK;l.ferrara;)
	}
	if i > 0 && (j == len(s) || s[j] == '\r') && (s[i-1] == ';' || s[i-1] == '|' || s[i-1] == '\t') {
		return true
	}
	before := i == 0 || s[i-1] == ','
	after := j == len(s) || s[j] == ',' || s[j] == '\r'
	return before && after && (i > 0 || j < len(s))
}

// initialDotSurname reports a login of an initial, a dot and a surname in lower case
// (k.vandermeer, j.novak2): four letters or more after the dot, not a common word (an
// object's member, e.data, is no login).
func initialDotSurname(v []byte) bool {
	if len(v) < 6 || v[0] < 'a' || v[0] > 'z' || v[1] != '.' {
		return false
	}
	rest := v[2:]
	for len(rest) > 0 && isDigit(rest[len(rest)-1]) && len(v)-len(rest) < 5 {
		rest = rest[:len(rest)-1]
	}
	if len(rest) < 4 {
		return false
	}
	for _, c := range rest {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !isGenericWord(rest) && !isStopword(rest) && !memberWords[string(rest)]
}

// memberWords are object members that code writes after a one-letter variable (e.data,
// r.json, x.length), which initialDotSurname must not take for a surname.
var memberWords = map[string]bool{"data": true, "target": true, "value": true, "values": true, "length": true,
	"name": true, "type": true, "json": true, "text": true, "body": true, "href": true, "then": true, "push": true,
	"keys": true, "items": true, "item": true, "error": true, "message": true, "status": true, "result": true,
	"response": true, "request": true, "config": true, "props": true, "state": true, "event": true,
	"detail": true, "code": true, "path": true, "size": true, "count": true, "list": true, "node": true,
	"next": true, "prev": true, "call": true, "apply": true, "bind": true, "split": true, "join": true,
	"index": true, "query": true, "params": true, "headers": true, "method": true, "host": true, "port": true}

// userSDElement reports whether the parameter at s[i] stands in an RFC 5424 structured
// data element whose id names a user ([user@2021 ..., [account@32473 ...).
func userSDElement(s []byte, i int) bool {
	for k := i - 1; k >= 0 && i-k < 96; k-- {
		switch s[k] {
		case '[':
			return hasPrefixAt(s, k+1, "user@") || hasPrefixAt(s, k+1, "account@")
		case ']':
			return false
		}
	}
	return false
}

// quotedPersonName reports whether the quoted value that starts at s[k] is a person's
// name: two to four capitalised words, the first a given name (of a hyphenated one, its
// first part: Hans-Peter). A product's or a group's name (name="Finance Team") is not.
func quotedPersonName(s []byte, k int) bool {
	q := bytes.IndexByte(s[k:min(len(s), k+80)], '"')
	if q < 3 {
		return false
	}
	if v := s[k : k+q]; surnameCommaGiven(v) {
		return true // a member's name="Nakamura, Haruto"
	} else if c := bytes.Index(v, []byte(", ")); c > 1 && upperWordEnd(v, 0) == c && nameWordEnd(v, c+2) == len(v) && categories.IsGivenName(v[c+2:]) {
		return true // a hotel's NAME="NAKAMURA, Haruto"
	}
	words := bytes.Fields(s[k : k+q])
	if len(words) == 1 {
		return capitalWordAnyScript(words[0]) && givenFirst(words[0]) // a driver app's name="Liam"
	}
	if len(words) > 4 {
		return false
	}
	if nonLatinPersonName(words) {
		return true // name="西村 陽翔", name="Иван Петров"
	}
	first := words[0]
	if dash := bytes.IndexByte(first, '-'); dash > 0 {
		first = first[:dash]
	}
	if initialsRun(first) && len(words) >= 2 && !inFolded(dottedAbbreviations, first) {
		// Initials and a surname, as registers write a person (naam="S. de Vries-Bakker",
		// A.M. Verhoeven): the last word a capitalized one, any before it particles.
		last := words[len(words)-1]
		for _, w := range words[1 : len(words)-1] {
			if !surnameParticles[string(w)] && !capitalParticles[string(w)] {
				return false
			}
		}
		return nameWordEnd(last, 0) == len(last)
	}
	if !categories.IsGivenName(first) {
		return false // (at a name key, Hans and Max are given names: givenFirst is for joined words)
	}
	for _, w := range words[1:] {
		if !capitalWordAnyScript(bytes.TrimRight(w, ".")) && !surnameParticles[string(w)] {
			return false
		}
	}
	return true
}

// coordinatePairEnd returns the end of a latitude and longitude pair that starts with
// the run s[i:j] (then ',' and an optional blank), each of five decimals or more, the
// latitude within ±90 and not below 1 in size, the longitude within ±180; or 0. After
// '=' (start=, cpu=) the latitude needs seven decimals, as GPS writes them.
func coordinatePairEnd(s []byte, i, j int) int {
	if (i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == ',')) || !fineDegrees(s[i:j], 90) || s[i] == '0' || s[i] == '-' && s[i+1] == '0' {
		return 0
	}
	if i > 0 && s[i-1] == '=' && (j-i < 10 || s[j-7] == '.' || s[j-8] == '.' && s[i] == '-') && !cefCustomSlotBefore(s, i-1) {
		return 0 // after a key that names no place (start=, cpu=), seven decimals: GPS'; a CEF slot (cs3=) holds anything
	}
	k := j + 1
	if k < len(s) && s[k] == ' ' {
		k++
	}
	e := k
	for e < len(s) && (isDigit(s[e]) || s[e] == '.' || s[e] == '-' && e == k) {
		e++
	}
	if e == k || !fineDegrees(s[k:e], 180) || e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == ',' && e+1 < len(s) && isDigit(s[e+1]) && !coordinateAltitude(s, e)) {
		return 0
	}
	return e
}

// idSeriesNumberEnd returns the end of an identity document's number written as its
// series of one to three capitals, a blank and digits (Greece's ΑΔΤ=ΑΚ 482193, a
// passport's "AB 1234567"), when the value s[start:end] is the series; or end.
func idSeriesNumberEnd(s []byte, start, end int) int {
	if end+5 > len(s) || s[end] != ' ' || !isDigit(s[end+1]) {
		return end
	}
	letters := 0
	for _, r := range string(s[start:end]) {
		if !unicode.IsUpper(r) {
			return end
		}
		letters++
	}
	if letters < 1 || letters > 3 {
		return end
	}
	e := end + 1
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-end-1 < 5 || e-end-1 > 9 || e < len(s) && (isAlnum(s[e]) || s[e] == '.') {
		return end
	}
	return e
}

// hemisphereDegrees reports a number of degrees within limit with three decimals or
// more and no sign (the hemisphere's letter after it gives the side).
func hemisphereDegrees(v []byte, limit int) bool {
	return degreesWithin(v, limit, 3, 12)
}

// hemispherePair returns where the longitude starts and ends in v, a position written
// in decimal degrees with the hemispheres' letters after them (59.3327N 1.6400W, as
// satellite terminals and marine systems write it), or 0, 0.
func hemispherePair(v []byte) (lonStart, lonEnd int) {
	sp := bytes.IndexByte(v, ' ')
	if sp < 5 || v[sp-1] != 'N' && v[sp-1] != 'S' || !hemisphereDegrees(v[:sp-1], 90) {
		return 0, 0
	}
	lonStart = sp + 1
	if lonStart < len(v) && v[lonStart] == ' ' {
		lonStart++
	}
	if len(v)-lonStart < 5 || v[len(v)-1] != 'E' && v[len(v)-1] != 'W' || !hemisphereDegrees(v[lonStart:len(v)-1], 180) {
		return 0, 0
	}
	return lonStart, len(v) - 1
}

// hemispherePairEnd returns the end of a position written with the hemispheres' letters
// (hemispherePair) that starts with the run s[i:j], or 0.
func hemispherePairEnd(s []byte, i, j int) int {
	if j+6 >= len(s) || s[j] != ' ' || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == '-') {
		return 0
	}
	e := j + 1
	for e < len(s) && (isDigit(s[e]) || s[e] == '.') && e-j < 12 {
		e++
	}
	if e >= len(s) || s[e] != 'E' && s[e] != 'W' || e+1 < len(s) && (isAlnum(s[e+1]) || s[e+1] == '.') {
		return 0
	}
	if a, b := hemispherePair(s[i : e+1]); a == 0 || b == 0 {
		return 0
	}
	return e + 1
}

// coordinateAltitude reports whether a third number after the pair at s[e] (',' then a
// number) is an altitude or an accuracy of few decimals (50.9375,6.9603,56.0).
func coordinateAltitude(s []byte, e int) bool {
	f := e + 1
	for f < len(s) && (isDigit(s[f]) || s[f] == '.') {
		f++
	}
	dot := bytes.IndexByte(s[e+1:f], '.')
	return f-e-1 <= 8 && (dot < 0 || f-(e+1+dot)-1 <= 2) && (f == len(s) || !isAlnum(s[f]) && s[f] != ',')
}

// fineDegrees reports a number of degrees within ±limit written with five decimals or
// more, as a GPS position is.
func fineDegrees(v []byte, limit int) bool {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	return degreesWithin(v, limit, 5, 15)
}

// degreesWithin reports an unsigned number of degrees within limit, written with one to
// three digits, a dot and minDecimals to maxDecimals decimals.
func degreesWithin(v []byte, limit, minDecimals, maxDecimals int) bool {
	dot := bytes.IndexByte(v, '.')
	if dot < 1 || dot > 3 || len(v)-dot-1 < minDecimals || len(v)-dot-1 > maxDecimals || !isDigitsOnly(v[:dot]) || !isDigitsOnly(v[dot+1:]) {
		return false
	}
	n := 0
	for _, c := range v[:dot] {
		n = n*10 + int(c-'0')
	}
	return n <= limit
}

// oneTimeCodeBefore reports whether the words before a number name a one-time code: a
// code word (OTP, passcode, TAN, Bestätigungscode), or "code" after a word saying what
// for (verification code, security code; not error code or status code), optionally then
// "is", ":" or "lautet".
func oneTimeCodeBefore(s []byte, prev1, prev2 span) bool {
	p1 := bytes.TrimRight(s[prev1.start:prev1.end], ":")
	if equalFoldAny(p1, "is", "ist", "est", "lautet", "è", "es", "er", "är", "was") {
		if prev2.end <= prev2.start || prev1.start-prev2.end > 2 {
			return false
		}
		prev1, p1 = prev2, bytes.TrimRight(s[prev2.start:prev2.end], ":")
		k := prev1.start - 1 // the word before: verification code is ...
		for k > 0 && s[k] == ' ' {
			k--
		}
		e := k + 1
		for k >= 0 && (isAlnum(s[k]) || s[k] == '-' || s[k] >= 0x80) {
			k--
		}
		prev2 = span{k + 1, e}
	}
	if equalFoldAny(p1, "temporal", "temporaire", "temporaneo", "temporário", "provisional", "provisoire", "temporary") && prev2.end > prev2.start && prev1.start-prev2.end <= 2 {
		prev1, p1 = prev2, s[prev2.start:prev2.end] // código de acceso temporal 807332
	}
	if equalFoldAny(p1, "acceso", "accès", "accesso", "acesso") {
		// The Romance languages put what a code opens after it: Código de acceso 807332,
		// code d'accès 4471, codice di accesso.
		before := s[max(0, prev1.start-12):prev1.start]
		for _, phrase := range [...]string{"código de ", "codigo de ", "code d'", "codice di "} {
			if len(before) >= len(phrase) && equalFold(before[len(before)-len(phrase):], phrase) {
				return true
			}
		}
	}
	if equalFoldAny(p1, "otp", "passcode", "tan", "mtan", "smstan", "bestätigungscode", "sicherheitscode", "verificatiecode",
		"bekräftelsekod", "verifikationskode", "vahvistuskoodi", "abholcode", "abholpin", "türcode", "torcode", "zugangscode", "toegangscode") {
		return true // (a parcel's pickup code and a door's open what they guard: Abholcode 4471)
	}
	if equalFoldAny(p1, "odbioru", "dostępu", "otwarcia") && prev2.end > prev2.start && prev1.start-prev2.end <= 2 &&
		equalFold(s[prev2.start:prev2.end], "kod") {
		return true // Polish puts what the code is for after it: Kod odbioru: 482913 (a parcel locker's)
	}
	if !equalFoldAny(p1, "code", "kode", "codice", "código", "kod", "koodi") || prev2.end <= prev2.start || prev1.start-prev2.end > 2 {
		return false
	}
	return equalFoldAny(bytes.TrimRight(s[prev2.start:prev2.end], ":"), "verification", "security", "login", "confirmation", "sms",
		"auth", "authentication", "access", "activation", "one-time", "2fa", "mfa", "otp", "vérification", "verifica",
		"verificación", "weryfikacyjny", "sign-in", "signin", "pickup", "pick-up", "collection", "locker", "door", "gate", "entry")
}

// slugShaped reports an identifier of lower case letters, digits and '_' that starts
// with a letter (Home Assistant's entity ids' object part).
func slugShaped(v []byte) bool {
	if len(v) < 3 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// personNameAt reports whether s[k:] starts with a person's name written given name
// first: a listed given name, a blank and a capitalised word (Theresa Obermaier).
func personNameAt(s []byte, k int) bool {
	e := k
	for e < len(s) && isLetterAt(s, e) {
		_, size := utf8.DecodeRune(s[e:])
		e += size
	}
	if e == k || e+2 >= len(s) || s[e] != ' ' || !categories.IsGivenName(s[k:e]) {
		return false
	}
	f := e + 1
	for f < len(s) && (isLetterAt(s, f) || s[f] == '\'' && f > e+1 && f+1 < len(s) && s[f+1] >= 'A' && s[f+1] <= 'Z') {
		_, size := utf8.DecodeRune(s[f:]) // (O'Connell, D'Angelo: an apostrophe before a capital)
		f += size
	}
	return f-e-1 >= 2 && (capitalWordAnyScript(s[e+1:f]) || nameWordEnd(s, e+1) == f)
}

// clockShaped reports a time of day or a duration, h:mm or hh:mm:ss.
func clockShaped(v []byte) bool {
	if len(v) != 4 && len(v) != 5 && len(v) != 7 && len(v) != 8 {
		return false
	}
	for k := len(v) - 1; k >= 0; k-- {
		if (len(v)-k)%3 == 0 {
			if v[k] != ':' {
				return false
			}
		} else if !isDigit(v[k]) {
			return false
		}
	}
	return true
}

// eidCommonName reads the common name of a Baltic eID card's certificate, SURNAME,GIVEN,
// CODE (commas escaped in a DN or not): where the name ends and the code of 11 digits
// starts, or 0, 0.
func eidCommonName(v []byte) (cut, id int) {
	comma := bytes.LastIndexByte(v, ',')
	if comma < 4 || len(v)-comma-1 != 11 || !isDigitsOnly(v[comma+1:]) {
		return 0, 0
	}
	cut = comma
	if v[cut-1] == '\\' {
		cut--
	}
	first := bytes.IndexByte(v[:cut], ',')
	if first < 2 {
		return 0, 0
	}
	for _, r := range string(v[:cut]) {
		if r != ',' && r != '\\' && r != ' ' && r != '-' && !unicode.IsUpper(r) {
			return 0, 0
		}
	}
	return cut, comma + 1
}

// sipUserParam reports whether s[k:] is the value of a SIP URI's user parameter, phone
// or ip, ending there.
func sipUserParam(s []byte, k int) bool {
	e := k
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return (string(s[k:e]) == "phone" || string(s[k:e]) == "ip") && (e == len(s) || s[e] == ';' || s[e] == '>' || s[e] == ' ' || s[e] == '?' || s[e] == '"')
}

// safeIDAccount returns where the uuid starts in a SAFE id, DE.DIRECTORY.UUID.CHECK
// (DE.BRAK.a3f19c27-5e0b-4d8a-b6e1-9f2c7d40e813.4c1a, DE.eBO...), or 0; a court's
// (DE.Justiz...) gives 0.
func safeIDAccount(v []byte) int {
	p := 3
	for p < len(v) && p < 16 && (isLetter(v[p]) || v[p] == '_') {
		p++
	}
	if p == 3 || p+1+36+5 != len(v) || v[p] != '.' || v[p+37] != '.' || equalFold(v[3:p], "justiz") {
		return 0 // (a court's mailbox, DE.Justiz..., names an institution: it stays)
	}
	p++
	if !uuidShaped(v[p : p+36]) {
		return 0
	}
	for _, c := range v[p+37:] {
		if !isHex(c) {
			return 0
		}
	}
	return p
}

// capitalWordsQuoted reports whether the quoted value at s[k] is two or three words, each
// a capital and small letters (beyond ASCII too): a person's name as registers write it.
func capitalWordsQuoted(s []byte, k int) bool {
	q := bytes.IndexByte(s[k:min(len(s), k+64)], '"')
	if q < 3 {
		return false
	}
	words := bytes.Split(s[k:k+q], []byte(" "))
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !capitalWordAnyScript(bytes.TrimRight(w, ".")) && !hyphenatedCapitals(w) {
			return false
		}
	}
	return true
}

// hyphenatedCapitals reports capitalized words joined by hyphens: Nordmann-Strand.
func hyphenatedCapitals(w []byte) bool {
	parts := bytes.Split(w, []byte("-"))
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !capitalWordAnyScript(p) {
			return false
		}
	}
	return true
}

// actorKey reports a key that names who did something, though its value may be other
// things too: one ending in By or _by (printedBy, approved_by; not sortBy, groupBy), a
// technician's, French "par" (by).
func actorKey(key []byte) bool {
	n := len(key)
	if n >= 4 && (key[n-2] == 'B' && key[n-1] == 'y' && key[n-3] >= 'a' && key[n-3] <= 'z' || equalFold(key[n-3:], "_by")) {
		verb := bytes.TrimSuffix(key[:n-2], []byte("_"))
		return !inLower(notActorVerbs, verb)
	}
	return inLower(actorWords, key)
}

// byKeyLogin reports a word in lower case that ends the value at s[k] of a key of who did
// something (checked_by=skrueger, approvedBy=hoeltmanns): a login even when its shape
// tells none (loginShapedAt refuses an initial and a surname that start as words do), as
// long as it names no automaton or operation (created_by=scheduler).
func byKeyLogin(key, s []byte, k int) bool {
	n := len(key)
	if n < 4 || !(key[n-2] == 'B' && key[n-1] == 'y' || equalFold(key[n-3:], "_by")) {
		return false
	}
	v := accountRun(s, k)
	e := k + len(v)
	return (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == ';' || s[e] == '|' || s[e] == '&') &&
		len(v) >= 5 && isLowerWord(v) && operatorLogin(v) && !isStopword(v) // (HR_OPS, a team, is read by loginShapedAt)
}

// actorWords are keys whose value is a person's login when it is written as one
// (par=prof.dgarnier, tech=mbianchi, installer=m.schulte, assignedTo=h.vanleeuwen), and
// otherwise a program's or a thing's (tech=java). Not driver=: a kernel's driver=e1000e
// is shaped as a login.
var actorWords = map[string]bool{"par": true, "tech": true, "technician": true,
	"technicien": true, "techniker": true, "tecnico": true, "técnico": true, // (French, German, Italian, Spanish)
	"installer": true, "swapper": true, "assignedto": true, "assigned_to": true, "agentid": true, "agent_id": true,
	"login_id": true, "loginid": true, // (BioStar 2's login_id=admin.roux; Oracle EBS's LOGIN_ID is a number)
	"escalatedto": true, "escalated_to": true, "delegatedto": true, "delegated_to": true, // (escalated_to=L2: a tier stays)
	"reassignedto": true, "reassigned_to": true, "officer": true} // (a doping control's officer=ukad.rm.jpatel)

// notActorVerbs come before "By" in keys whose value names a field or a way, not who did
// it: sortBy=name, partitionedBy, verifiedBy=PERSONAL_QUESTIONS, causedBy.
var notActorVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`sort group order partition cluster distribute sorted grouped ordered
		partitioned clustered indexed keyed bucketed distributed filtered aggregated filter index key
		verified authenticated powered caused followed replaced superseded protected generated blocked
		secured backed`) {
		m[w] = true
	}
	return m
}()

// loginShapedAt reports whether the value at s[k] is shaped as a person's login: with a
// login's marks (skolskoterska.mk, mdubois5520), an initial and a surname (mbianchi,
// k.vandermeer).
func loginShapedAt(s []byte, k int) bool {
	v := accountRun(s, k)
	return markedLogin(v) || initialThenSurname(v) || initialDotSurname(v)
}

// accountRun returns the bytes from s[k] that a login can hold: letters, digits, '.',
// '_', '-' and '$' (a value up to the next '|', ';', blank or quote).
func accountRun(s []byte, k int) []byte {
	e := k
	for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '_' || s[e] == '-' || s[e] == '$') {
		e++
	}
	return s[k:e]
}

// operatorLogin reports whether the value of an operator= key is shaped as a login
// (j.mueller, ops_01, jmueller, amagbanua, hoeltmanns) rather than as a comparison's or a
// query's operator (contains, startswith) or an automaton (system, scheduler).
func operatorLogin(v []byte) bool {
	if len(v) < 3 || !accountBytes(v) {
		return false
	}
	if bytes.ContainsAny(v, "._0123456789") || initialThenSurname(v) {
		return true
	}
	// A login that starts with a vowel, or whose surname does, has no shape of its own
	// (a+magbanua, h+oeltmanns): any lower case word at this key that names no operation.
	if len(v) < 6 || len(v) > 20 || isGenericWord(v) || inFolded(notOperatorLogins, v) {
		return false
	}
	for _, c := range v {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// notOperatorLogins are the words an operator= key holds in query filters, rules and
// automation logs.
var notOperatorLogins = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`contains notcontains startswith endswith equals notequals
		between matches regex regexp exists notexists isnull notnull isempty notempty greater
		greaterthan lessthan greaterorequal lessorequal notlike notin within outside oneof
		noneof anyof allof before after includes excludes intersects overlaps
		automatic automation scheduler schedule system systems robot robotic manual unknown
		nobody anonymous operator operators supervisor controller dispatcher autopilot`) {
		m[w] = true
	}
	return m
}()

// ibanJoinedAt reports whether an IBAN's shape starts at s[p] right after a '_', '-' or
// '.' that joins it into a longer name: two upper case letters, two digits, and room for
// the shortest IBAN. IBANAt then checks the country's length and the mod-97 sum.
func ibanJoinedAt(s []byte, p int) bool {
	return p > 0 && (s[p-1] == '_' || s[p-1] == '-' || s[p-1] == '.') && ibanShapeAt(s, p)
}

// ibanShapeAt reports whether s[p:] starts as an IBAN does and is long enough for one.
func ibanShapeAt(s []byte, p int) bool {
	return p+15 <= len(s) && s[p] >= 'A' && s[p] <= 'Z' && s[p+1] >= 'A' && s[p+1] <= 'Z' && isDigit(s[p+2]) && isDigit(s[p+3])
}

// scanRun looks for values in the run s[i:j]. Values start at the run's start or right
// after a ':' or '@' inside it (outside:10.1.2.3, root@10.1.2.3, mailto:a@b.example).
func (w *worker) scanRun(s []byte, i, j, base int) {
	var flags runFlags
	for _, c := range s[i:j] {
		flags |= runClass[c]
	}
	w.scanRunFlags(s, i, j, flags, base)
}

// scanRunFlags is scanRun with the run's flags already known.
func (w *worker) scanRunFlags(s []byte, i, j int, flags runFlags, base int) {
	run := s[:j] // values never reach past the run
	for i < j && (s[i] == '.' || s[i] == '-') {
		i++ // an ellipsis or a dash before a value (...198.51.100.77) is no part of it
	}
	for p := i; p < j; {
		w.afterRun = -1
		if j < len(s) {
			w.afterRun = int(s[j])
		}
		if end := w.valueAt(run, i, p, flags, base); end > p {
			p = end
			if p < j && (s[p] == ':' || s[p] == '@' || s[p] == '-' || s[p] == '+') {
				p++ // 10.0.0.1-10.0.0.9, 10.1.2.3:80, 100.115.8.248+172.27.20.211 (Azure Virtual Desktop's client's addresses)
			}
			continue
		}
		if flags&(hasColon|hasAt|hasDigit) == 0 {
			return // no other place in the run where a value can start
		}
		// Skip the rest of a hex-and-colon sequence with two or more colons whole: the tail
		// of a too-long MAC or IPv6 lookalike must not match on its own.
		q := p
		colons := 0
		for k := p; k < j && (isHex(s[k]) || s[k] == ':' || s[k] == '.'); k++ {
			if s[k] == ':' {
				colons++
			}
		}
		dotted := false
		for k := p; k < j && (isHex(s[k]) || s[k] == ':' || s[k] == '.'); k++ {
			dotted = dotted || s[k] == '.'
		}
		if colons >= 2 && !dotted && (isHex(s[q]) || s[q] == ':') {
			for q < j && (isHex(s[q]) || s[q] == ':' || s[q] == '.') {
				q++
			}
			at := q
			for at < j && s[at] != ':' && s[at] != '@' {
				at++ // the lookalike may end inside a local part: 0:0X0@A.Com
			}
			if at < j && s[at] == '@' {
				// The lookalike's last part is an email's local part (X:::A@A.Com).
				if last := bytes.LastIndexByte(s[p:q], ':'); last >= 0 && p+last+1 < at {
					p += last + 1
					continue
				}
			} else if q < j && s[q-1] == ':' {
				p = q // a value may start after the colons (X:::jdoe@example.com)
				continue
			}
		} else if q < j && s[q] == ':' {
			q++ // a leading ':' (from :10.1.2.3)
			for q < j && s[q] == ':' {
				q++
			}
			p = q
			continue
		}
		// The next place a value can start: after ':' or '@', a digit after '_' or '-'
		// (capture_10.1.2.3.pcap), or a hex digit right after a letter beyond ASCII
		// (Ѓ1.0.0.0, ഴA::1): scripts without spaces between words run into addresses.
		for q < j && s[q] != ':' && s[q] != '@' && !((s[q] == '_' || s[q] == '-') && q+1 < j && isDigit(s[q+1]) && q > p) &&
			!((s[q] == '_' || s[q] == '-' || s[q] == '.') && q > p && ibanShapeAt(s[:j], q+1)) {
			if q > p && isHex(s[q]) && s[q-1] >= 0x80 {
				q-- // so that p lands on the digit
				break
			}
			q++
		}
		if q+1 < j && s[q] == ':' && s[q+1] == ':' && q > p && s[q-1] >= 0x80 {
			p = q // 䵮::100:1: an address of zeros compressed, right after such a letter
			continue
		}
		p = q + 1
	}
}

// runFlags say which kinds of byte a run holds, so that shapes it cannot hold are not tried.
type runFlags uint8

const (
	hasDigit runFlags = 1 << iota
	hasColon
	hasAt
	hasDot
	hasDash
	hasOther // '%', '+': bytes of a run that a word does not hold
)

var runClass = func() (t [256]runFlags) {
	for c := '0'; c <= '9'; c++ {
		t[c] = hasDigit
	}
	t[':'], t['@'], t['.'], t['-'] = hasColon, hasAt, hasDot, hasDash
	t['%'], t['+'] = hasOther, hasOther
	return t
}()

// valueAt tries every shape at s[p:], where p is a value start inside the run that begins
// at i. It records an edit and returns the end of the value, or p when none fits.
func (w *worker) valueAt(s []byte, i, p int, flags runFlags, base int) int {
	c := s[p]
	if (isHex(c) || c == ':') && flags&(hasColon|hasDash|hasDot) != 0 {
		if len(s)-p >= 14 {
			if end := w.macAt(s, p, base); end > p {
				return end
			}
		}
		if flags&hasColon != 0 {
			if end := w.ipv6At(s, p, base); end > p {
				return end
			}
		}
	}
	if isDigit(c) && flags&hasDot != 0 {
		if end := w.ipv4At(s, i, p, base); end > p {
			return end
		}
	}
	if p > i && w.numberIDs && ibanJoinedAt(s, p) {
		// An IBAN joined into a file name: statement_DE89370400440532013000_2024-11.pdf.
		if end := w.numberIDAt(s, p, base); end > p {
			return end
		}
	}
	if c == '+' && p > i && s[p-1] == ':' && w.numberIDs {
		// A phone number in a SIP or tel: URI (sip:+528112345678@pbx, tel:+4930123456):
		// the number; the host after '@' is read next.
		if end := w.numberIDAt(s, p, base); end > p {
			return end
		}
	}
	if isDigit(c) && p > i && s[p-1] == ':' && w.numberIDs {
		if end := w.sipNumberAt(s, p, base); end > p {
			return end
		}
	}
	if flags&hasAt != 0 {
		if end := w.emailAt(s, p, base); end > p {
			return end
		}
	}
	if (c == 'S' || c == 's') && p+4 < len(s) && s[p+1] == '-' {
		if end := w.sidAt(s, p, base); end > p {
			return end
		}
	}
	if c == '0' && p+58 <= len(s) && s[p+1]|0x20 == 'x' {
		if n := categories.BinarySIDLen(s[p:]); n > 0 && w.keyedValue(categories.SID, s[p:p+n], base+p) {
			return p + n // SQL Server's audit: a login's sid, 0x0105000000000005150000...
		}
	}
	return w.wordAt(s, p, flags, base)
}

// sipNumberAt maps the user part of a SIP or tel: URI written as a number without its
// "+" (sip:33718869346@198.51.100.7, sip:4930123456@pbx;user=phone): a phone number with
// its country code, as the same number with a "+" is. It returns the number's end, or p.
func (w *worker) sipNumberAt(s []byte, p, base int) int {
	k := p - 1
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	if k > 0 && isAlnum(s[k-1]) || !equalFoldAny(s[k:p-1], "sip", "sips", "tel") {
		return p
	}
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-p < 8 || e-p > 15 || s[p] == '0' || e < len(s) && s[e] != '@' && s[e] != ';' && s[e] != '>' && s[e] != ' ' && s[e] != '"' {
		return p // (an extension, sip:2107@pbx, is no one's number outside the exchange)
	}
	if !w.keyedValue(categories.Phone, s[p:e], base+p) {
		return p
	}
	return e
}

func (w *worker) sidAt(s []byte, p, base int) int {
	n, ok := categories.SIDAt(s[p:])
	if !ok || p+n < len(s) && (isAlnum(s[p+n]) || s[p+n] == '-') {
		return p
	}
	if !w.keyedValue(categories.SID, s[p:p+n], base+p) {
		return p
	}
	return p + n
}

// wordAt looks at the word at s[p:] (letters, digits, '.', '_', '-', '$'): a value
// learned earlier in the session, or a domain name by its shape.
func (w *worker) wordAt(s []byte, p int, flags runFlags, base int) int {
	end := p
	if flags&(hasColon|hasAt|hasOther) == 0 {
		end = len(s) // the run is one word: s ends with the run
	} else {
		for end < len(s) && wordByte[s[end]] {
			end++
		}
	}
	dots := flags&hasDot != 0
	for end > p && (s[end-1] == '.' || s[end-1] == '-') {
		end--
	}
	if end == p {
		return p
	}
	word := s[p:end]
	if cat, ok := w.learnedToken(word); ok {
		where := w.where
		w.where = whereLearned
		ok := w.keyedValue(cat, word, base+p)
		w.where = where
		if ok {
			return end
		}
	}
	if !dots && end-p >= 2*minComponent+1 && w.learnedComponents(word, base+p) {
		return end // vm-jkowalski-dev, VDI-STO-OBERGSTROM: a learned login among its parts
	}
	if dots && end < len(s) && s[end] == '@' {
		return p // the local part of something that is not an email
	}
	if dots && (word[0] == '_' || bytes.Contains(word, []byte("._"))) {
		// A DNS service name (_ldap._tcp.dc._msdcs.corp.example.com), a DKIM key's name
		// (selector1._domainkey.example.org): the labels of the service stay, the domain
		// after the last of them is a domain.
		if u := bytes.LastIndex(word, []byte("._")); u >= 0 || word[0] == '_' {
			u++ // the '_' that starts the last service label (or the first byte)
			if dot := bytes.IndexByte(word[u:], '.'); dot > 0 && u+dot+1 < len(word) {
				p += u + dot + 1
				word = word[u+dot+1:]
			}
		}
	}
	if dots {
		if labels, ok := w.domainShaped(word); ok {
			category := categories.Domain
			if labels > 2 {
				category = categories.Hostname
			}
			from := len(w.repl)
			w.appendHost(category, word, false)
			if !bytesEqual(word, w.repl[from:]) {
				w.addEdit(category, base+p, base+end, from)
				if dot := bytes.IndexByte(word, '.'); category == categories.Hostname && machineLabel(word[:dot]) && Learnable(word[:dot]) && underPrivateSuffix(word) {
					// An internal host's own name, found again alone: a scanner's NetBIOS
					// column (lt-isolberg.hvm.local, then LT-ISOLBERG).
					w.learn(categories.Hostname, word[:dot])
				}
			} else {
				w.repl = w.repl[:from]
			}
			return end
		}
		if dot := bytes.LastIndexByte(word, '.'); dot >= 2*minComponent+1 && len(word)-dot-1 >= 2 && len(word)-dot-1 <= 5 &&
			bytes.IndexByte(word[:dot], '.') < 0 && w.learnedComponents(word[:dot], base+p) {
			return end // a file named for its owner: vm-jkowalski-dev.vmx, WKS-0587_jdoe.zip
		}
	}
	return p
}

// underPrivateSuffix reports whether a dotted name ends in an internal network's suffix
// (ws01.corp.local, fs01.intern).
func underPrivateSuffix(v []byte) bool {
	last := v[bytes.LastIndexByte(v, '.')+1:]
	var buf [16]byte
	if len(last) > len(buf) {
		return false
	}
	lower := buf[:len(last)]
	for k, c := range last {
		lower[k] = c | 0x20
	}
	return privateSuffixes[string(lower)]
}

// javaClassName reports a Java class's full name: two lower case packages or more and a
// capitalized class (wt.audit.AuditRecorder, com.ptc.windchill.audit.BulkDownloadMonitor).
func javaClassName(v []byte) bool {
	dot := bytes.LastIndexByte(v, '.')
	if dot < 3 || dot+2 >= len(v) || v[dot+1] < 'A' || v[dot+1] > 'Z' || bytes.Count(v[:dot], []byte(".")) < 1 {
		return false
	}
	for _, c := range v[:dot] {
		if !(c >= 'a' && c <= 'z' || c == '.' || isDigit(c) || c == '_') {
			return false
		}
	}
	return isAlnumRun(v[dot+1:])
}

// loggerShaped reports whether a dotted name reads as a logger's rather than a host's: a
// Java package (org.jboss.as), or a last part of four letters or more that is no
// internal network's suffix (hrsd.case, app.events; not ws01.corp.local).
func loggerShaped(v []byte) bool {
	if javaPackageRoot(v) {
		return true
	}
	last := v[bytes.LastIndexByte(v, '.')+1:]
	if len(last) < 4 || !isLettersOnly(last) {
		return false
	}
	return !underPrivateSuffix(v)
}

// brocadeRoleAt reports whether a Brocade role, a '/' and an address start at s[k]
// (admin/10.1.2.3/): the role of the user before it.
func brocadeRoleAt(s []byte, k int) bool {
	for _, role := range [...]string{"admin/", "user/", "operator/", "securityadmin/", "switchadmin/", "zoneadmin/",
		"fabricadmin/", "basicswitchadmin/", "root/", "factory/"} {
		if hasPrefixAt(s, k, role) {
			_, _, _, ok := categories.ParseIPv4(s[k+len(role):])
			return ok
		}
	}
	return false
}

// ldifAttributes are LDAP attributes whose values an LDIF line gives whole, blanks and
// all, by their category (lower case). Their values in base64 ("cn:: ") are secrets.
var ldifAttributes = map[string]string{"cn": categories.Fullname, "sn": categories.Fullname,
	"givenname": categories.Fullname, "displayname": categories.Fullname, "gecos": categories.Fullname,
	"postaladdress": categories.Geo, "street": categories.Geo, "l": categories.Geo, "homepostaladdress": categories.Geo,
	"userpassword": categories.Secret, "sambantpassword": categories.Secret, "unicodepwd": categories.Secret,
	"jpegphoto": categories.Secret, "thumbnailphoto": categories.Secret}

// journalAuthorEnd returns the end of the author's name at s[i] in a ServiceNow journal
// entry's heading ("... 07:40:02 - Vikash Kumar (Work notes)"): one to four words, then
// the journal's name in brackets; or i.
func journalAuthorEnd(s []byte, i int) int {
	rest := s[i:min(len(s), i+96)]
	for _, journal := range [...]string{" (Work notes)", " (Additional comments)", " (Comments)", " (Notes)"} {
		if k := bytes.Index(rest, []byte(journal)); k > 0 && bytes.Count(rest[:k], []byte(" ")) <= 3 && bytes.IndexAny(rest[:k], "()\n\"") < 0 {
			return i + k
		}
	}
	return i
}

// pwdumpAt rewrites the password hash line or string that starts with the run s[i:j]
// and returns its end, or i: pwdump's USER:RID:LMHASH:NTHASH::: (secretsdump, hashdump;
// the LM hash of no password, aad3b435b51404eeaad3b435b51404ee, stays) and NetNTLM's
// USER::DOMAIN:CHALLENGE:RESPONSE:BLOB (Responder, hashcat). The user and the domain are
// an account's, the hashes secrets.
func (w *worker) pwdumpAt(s []byte, i, j, base int) int {
	c := bytes.IndexByte(s[i:j], ':')
	if c <= 0 {
		return i
	}
	user := s[i : i+c]
	if !accountBytes(bytes.TrimSuffix(user, []byte("$"))) && bytes.IndexByte(user, '$') != len(user)-1 {
		return i
	}
	k := i + c + 1
	if hasPrefixAt(s, k, ":") {
		// NetNTLM: USER::DOMAIN:HEX:HEX:HEX
		d := k + 1
		for d < len(s) && s[d] != ':' && s[d] != ' ' {
			d++
		}
		if d == k+1 || d >= len(s) || s[d] != ':' {
			return i
		}
		h := d + 1
		end := h
		parts := 0
		for end < len(s) && (isHex(s[end]) || s[end] == ':') {
			if s[end] == ':' {
				parts++
			}
			end++
		}
		password := -1
		if end < len(s) && s[end] > ' ' && s[end] != '"' {
			// hashcat --show adds the password it found: ...:BLOB:Password1
			last := bytes.LastIndexByte(s[h:end], ':')
			if last < 0 || parts < 3 {
				return i
			}
			password, end = h+last+1, h+last
			parts--
		}
		if parts < 2 || end-h < 40 {
			return i
		}
		w.where = wherePhrase
		w.contextValue(categories.Username, s, i, i+c, base)
		w.contextValue(categories.Domain, s, k+1, d, base)
		w.contextValue(categories.Secret, s, h, end, base)
		if password > 0 {
			e := password
			for e < len(s) && s[e] != ' ' && s[e] != '\t' && s[e] != '\r' && s[e] != '\n' {
				e++
			}
			w.contextValue(categories.Secret, s, password, e, base)
			return e
		}
		return end
	}
	if e := k + bytes.IndexByte(s[k:j], ':'); e > k {
		if start, end := kerberosKeyAt(s, k, e); end > start {
			// secretsdump's Kerberos keys: CORP\HOST$:aes256-cts-hmac-sha1-96:KEY
			w.where = wherePhrase
			w.contextValue(categories.Username, s, i, i+c, base)
			w.contextValue(categories.Secret, s, start, end, base)
			return end
		}
	}
	// pwdump: RID, then 32 hex digits twice, then ":::"; John's --show puts the password
	// it found before the RID (USER:PASSWORD:RID:LM:NT:::).
	password, passwordEnd := -1, -1
	if p := bytes.IndexByte(s[k:min(len(s), k+129)], ':'); p > 0 && !isDigitsOnly(s[k:k+p]) && bytes.IndexAny(s[k:k+p], " \t") < 0 {
		password, passwordEnd = k, k+p
		k += p + 1
	}
	r := k
	for r < len(s) && isDigit(s[r]) {
		r++
	}
	if r == k || r+67 > len(s) || s[r] != ':' || s[r+33] != ':' || s[r+66] != ':' || !isHexRun(s[r+1:r+33]) || !isHexRun(s[r+34:r+66]) {
		return i
	}
	w.where = wherePhrase
	w.contextValue(categories.Username, s, i, i+c, base)
	if password >= 0 {
		w.contextValue(categories.Secret, s, password, passwordEnd, base)
	}
	if lm := s[r+1 : r+33]; !equalFold(lm, "aad3b435b51404eeaad3b435b51404ee") {
		w.contextValue(categories.Secret, s, r+1, r+33, base)
	}
	if nt := s[r+34 : r+66]; !equalFold(nt, "31d6cfe0d16ae931b73c59d7e0c089c0") { // (the NT hash of no password)
		w.contextValue(categories.Secret, s, r+34, r+66, base)
	}
	return r + 66
}

// sulogBefore reports whether a sulog entry's terminal comes before s[i]: "su: + TTY " or
// "SU MM/DD HH:MM - TTY ", the '+' or '-' saying whether su succeeded.
func sulogBefore(s []byte, i int) bool {
	if i < 8 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && s[k-1] != ' ' {
		k-- // the terminal: ttyp2, pts/1, console
	}
	if k < 4 || k == i-1 || s[k-1] != ' ' || s[k-2] != '+' && s[k-2] != '-' || s[k-3] != ' ' {
		return false
	}
	before := s[max(0, k-20) : k-3]
	return bytes.HasSuffix(before, []byte("su:")) || bytes.Contains(before, []byte("SU ")) && (bytes.HasPrefix(s, []byte("SU ")) || bytes.Contains(s[:k], []byte(" SU ")))
}

// oracleConnectBefore reports whether the word before s[i] is one that Oracle's tools
// give credentials after: connect, conn, target, catalog, auxiliary, sqlplus, rman,
// expdp, impdp, exp, imp, or userid=.
func oracleConnectBefore(s []byte, i int) bool {
	if i >= 7 && equalFold(s[i-7:i], "userid=") {
		return true
	}
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	if k >= 3 && s[k-3] == ' ' && s[k-2] == '-' && isLetter(s[k-1]) {
		k -= 3 // an option between: sqlplus -s scott/tiger@db
	}
	w := wordBefore(s, k)
	return len(w) > 0 && equalFoldAny(w, "connect", "conn", "target", "catalog", "auxiliary", "sqlplus", "rman", "expdp", "impdp", "exp", "imp")
}

// levelBefore reports whether a log level ends before s[k] and the blanks before it
// (INFO  [logger]).
func levelBefore(s []byte, k int) bool {
	e := k
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e == k {
		return false
	}
	b := e
	for b > 0 && isLetter(s[b-1]) {
		b--
	}
	return isLogLevel(s[b:e])
}

var wordByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c)) || c == '.' || c == '_' || c == '-' || c == '$' || c >= 0x80
	}
	return t
}()

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

func (w *worker) macAt(s []byte, p, base int) int {
	if !w.e.cats.on(categories.MAC) {
		return p
	}
	mac, n, form, ok := categories.ParseMAC(s[p:])
	if !ok {
		return p
	}
	end := p + n
	if form.Quads && form.Sep == ':' && (end < len(s) && s[end] == ':' || p > 0 && s[p-1] == ':') {
		return p // groups of an IPv6 address: 2a01:4f8c:17ab::1
	}
	if form.Sep == ':' && end < len(s) && s[end] == ':' {
		// A longer run of colon-separated octets. iptables and UFW log the link header as
		// MAC=dst:src:type (14 octets, more with VLAN tags or IP bytes): the first two
		// groups of six are the addresses. Other runs (key fingerprints) are not MACs.
		octets := 6
		for q := end; q+2 < len(s) && s[q] == ':' && isHex(s[q+1]) && isHex(s[q+2]); q += 3 {
			octets++
		}
		if end+1 < len(s) && s[end+1] == ':' {
			return p // six groups and "::": an IPv6 address (1:0:0:0:0:0::1)
		}
		if octets == 6 && (end+1 == len(s) || !isHex(s[end+1])) {
			octets = 0 // a MAC followed by a colon: "Client 00:1a:2b:3c:4d:5e: disconnected"
		} else if octets == 14 || octets >= 12 && p >= 4 && string(s[p-4:p]) == "MAC=" {
			src, _, srcForm, _ := categories.ParseMAC(s[end+1:])
			from := len(w.repl)
			w.repl = categories.AppendMAC(w.repl, w.mac.Map(mac), form)
			w.repl = append(w.repl, ':')
			w.repl = categories.AppendMAC(w.repl, w.mac.Map(src), srcForm)
			w.addEdit(categories.MAC, base+p, base+end+18, from)
			return p + 3*octets - 1
		} else if octets == 7 && s[p] == '0' && s[p+1] == '4' && (p == 0 || !isHex(s[p-1]) && s[p-1] != ':') &&
			(p+20 == len(s) || !isHex(s[p+20]) && s[p+20] != ':') && w.keyedValue(categories.DeviceID, s[p:p+20], base+p) {
			// An NFC chip's id of seven bytes, NXP's (04) first: a transit or access card's
			// UID as readers log it (04:7D:77:85:16:A5:27)
			return p + 20
		} else if octets == 7 && s[p] == '0' && s[p+1] == '1' && (p == 0 || !isHex(s[p-1]) && s[p-1] != ':') {
			// A DHCP client identifier: the hardware type (01, Ethernet), then the MAC
			// (ISC dhcpd's and Infoblox's uid 01:00:1e:c9:45:ab:01).
			inner, n2, innerForm, ok2 := categories.ParseMAC(s[p+3:])
			if !ok2 || n2 != 17 || p+3+n2 < len(s) && isHex(s[p+3+n2]) {
				return p
			}
			if !categories.MACKept(inner) {
				from := len(w.repl)
				w.repl = categories.AppendMAC(w.repl, w.mac.Map(inner), innerForm)
				w.addEdit(categories.MAC, base+p+3, base+p+3+n2, from)
			}
			return p + 3 + n2
		} else {
			return p
		}
	}
	if end < len(s) && (isHex(s[end]) || isLetter(s[end]) || s[end] == form.Sep && end+1 < len(s) && isHex(s[end+1])) {
		return p
	}
	if categories.MACKept(mac) {
		return end
	}
	from := len(w.repl)
	w.repl = categories.AppendMAC(w.repl, w.mac.Map(mac), form)
	w.addEdit(categories.MAC, base+p, base+end, from)
	return end
}

func (w *worker) ipv6At(s []byte, p, base int) int {
	if !w.e.cats.on(categories.IPv6) {
		return p
	}
	addr, n, form, ok := categories.ParseIPv6(s[p:])
	port := ipv6PortAt(s, p)
	if port > 0 {
		// HAProxy writes a client's port after an IPv6 address without brackets,
		// 2001:db8::5:50188: a last group of five decimal digits is a port.
		a, m, f, whole := categories.ParseIPv6(s[p:port])
		if whole && p+m == port {
			addr, n, form, ok = a, m, f, true
		} else {
			port = 0 // no address before it: the group is the address's own
		}
	}
	if !ok || n < 3 {
		return p
	}
	end := p + n
	if end < len(s) && port == 0 {
		c := s[end]
		trailingColons := true // 1::1:: at the end of a run: the address, then colons
		for k := end; k < len(s); k++ {
			trailingColons = trailingColons && s[k] == ':'
		}
		if isHex(c) || isLetter(c) || c == '@' || c == '.' && end+1 < len(s) && isDigit(s[end+1]) ||
			c == ':' && end+1 < len(s) && (isHex(s[end+1]) || s[end+1] == ':') && !trailingColons {
			return p
		}
	}
	if w.e.keep.hasV6(addr) || categories.IPv6Kept(addr) {
		return end // kept, in the notation it was written in
	}
	from := len(w.repl)
	w.repl = categories.AppendIPv6(w.repl, w.ipv6.Map(addr), form)
	w.addEdit(categories.IPv6, base+p, base+end, from)
	return end
}

// ipv6PortAt returns where the ':' before a port of five decimal digits is, when s[p:]
// is a compressed IPv6 address and such a port, or 0.
func ipv6PortAt(s []byte, p int) int {
	r := p
	for r < len(s) && r-p < 48 && (isHex(s[r]) || s[r] == ':') {
		r++
	}
	if r < len(s) && (isHex(s[r]) || s[r] == ':' || s[r] == '.') {
		return 0
	}
	colon := bytes.LastIndexByte(s[p:r], ':')
	if colon >= 2 && r-(p+colon+1) >= 1 && r-(p+colon+1) <= 5 && isDigitsOnly(s[p+colon+1:r]) && flowBefore(s, p) {
		return p + colon // Suricata and Snort write every address with its port: {TCP} ADDR:PORT -> ADDR:PORT
	}
	if colon >= 2 && r-(p+colon+1) >= 1 && r-(p+colon+1) <= 5 && isDigitsOnly(s[p+colon+1:r]) &&
		bytes.Count(s[p:r], []byte(":")) == 8 && !bytes.Contains(s[p:r], []byte("::")) {
		return p + colon // nine groups: eight of an address in full, then its port (IBM Aspera's peer=)
	}
	if colon < 2 || r-(p+colon+1) != 5 || !isDigitsOnly(s[p+colon+1:r]) || !bytes.Contains(s[p:p+colon], []byte("::")) {
		return 0
	}
	return p + colon
}

// flowBefore reports whether an IDS alert's flow is written before s[p]: "{TCP} " (the
// source) or "{TCP} ADDR:PORT -> " (the destination), any protocol in the braces.
func flowBefore(s []byte, p int) bool {
	before := s[max(0, p-64):p]
	if bytes.HasSuffix(before, []byte(" -> ")) {
		before = before[:len(before)-4]
		if sp := bytes.LastIndexByte(before, ' '); sp >= 0 {
			before = before[:sp+1]
		} else {
			return false
		}
	}
	if len(before) < 3 || before[len(before)-1] != ' ' || before[len(before)-2] != '}' {
		return false
	}
	open := bytes.LastIndexByte(before, '{')
	proto := before[open+1 : len(before)-2]
	if open < 0 || len(proto) < 3 {
		return false
	}
	for _, c := range proto {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '-') {
			return false // a protocol's name in capitals: {TCP}, {UDP}, {IPV6-ICMP}
		}
	}
	return true
}

// zeroLedPart reports a dotted quad with a part of two or three digits that starts with
// a zero (05 in 5.0.05.20): software writes addresses so only padded in every part.
func zeroLedPart(v []byte) bool {
	for k := 0; k+1 < len(v); k++ {
		if v[k] == '0' && isDigit(v[k+1]) && (k == 0 || v[k-1] == '.') {
			return true
		}
	}
	return false
}

func (w *worker) ipv4At(s []byte, i, p, base int) int {
	if !w.e.cats.on(categories.IPv4) {
		return p
	}
	addr, n, padded, ok := categories.ParseIPv4(s[p:])
	if !ok {
		return p
	}
	end := p + n
	if end < len(s) && (isLetter(s[end]) || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1]) && !db2ApplicationIDTail(s[end:]) ||
		s[end] == '-' && end+1 < len(s) && isLetter(s[end+1]) && !macAfterDash(s, end+1)) {
		return p // 1.2.3.4a, 1.2.3.4.5, a kernel version 2.6.32.1-generic
	}
	if !padded && zeroLedPart(s[p:end]) {
		return p // OXI_HUB 5.0.05.20: a part led by a zero, the others not, is a version's
	}
	if p >= 5 && string(s[p-5:p]) == ".jar:" {
		return p // logback's packaging data after a stack frame: [ojdbc8.jar:19.3.0.0]
	}
	// Chrome/120.0.0.0: a product's version, not an address. Interfaces such as
	// inside/10.1.2.3 (Cisco ASA) are addresses, so only the x.y.0.0 shape of reduced
	// user-agent versions counts.
	if p == i && isVersionAfterSlash(s, i) && (addr[2] == 0 && addr[3] == 0 || serverSoftware[string(s[productBefore(s, i):i-1])]) {
		return p // (openresty/1.21.4.2: a server's name and version, as Server: headers give them)
	}
	if p == i && quotedProductVersion(s, i, end, addr) {
		w.keptVersion(base+p, base+end, addr) // "WhatsApp/2.24.9.78 A": an app's user agent
		return p
	}
	if p == i && versionWordAround(s, i) {
		w.keptVersion(base+p, base+end, addr) // Version 10.0.19045.1, build 6.2.0.17
		return p
	}
	if p == i && addr[1] == 0 && addr[2] == 0 && addr[3] == 0 && browserBefore(s, i) {
		w.keptVersion(base+p, base+end, addr) // Browser Chrome 130.0.0.0: a reduced user-agent version (N.0.0.0 is no host's address)
		return p
	}
	if p == i && !padded && inventoryVersion(s, i, end, addr) {
		w.keptVersion(base+p, base+end, addr) // VLC media player 3.0.20.0; KeePass 2.56.0.0
		return p
	}
	if p == i && !padded && productNameVersion(s, i, end, addr, w.afterRun) {
		w.keptVersion(base+p, base+end, addr) // (Workbench 4.13.1.16), ;ProAccess SPACE 6.9.2.1;
		return p
	}
	if p == i && !padded && addr[0] == 2 && addr[1] == 5 && (addr[2] == 4 || addr[2] == 29) && addr[3] < 100 {
		return p // X.500's object identifiers: 2.5.29.17 (subjectAltName), 2.5.4.3 (CN)
	}
	if p >= 4 && (s[p-1] == ':' || s[p-1] == '=') && equalFold(s[p-4:p-1], "oid") && (p == 4 || !isLetter(s[p-5])) {
		return p // an object identifier named so: urn:oid:2.5.4.42 (SAML's attribute names), oid=1.2.3.4
	}
	if len(s)-end >= 13 && equalFold(s[end:end+13], ".in-addr.arpa") {
		// A reverse DNS name holds its address backwards: 55.2.0.192.in-addr.arpa is
		// 192.0.2.55, and names the pseudonym of that address, backwards too.
		addr = reverseIPv4(addr)
		if w.e.keep.hasV4(addr) || categories.IPv4Kept(addr) {
			return end
		}
		from := len(w.repl)
		w.repl = categories.AppendIPv4(w.repl, reverseIPv4(w.ipv4.Map(addr)), padded)
		w.addEdit(categories.IPv4, base+p, base+end, from)
		return end
	}
	if w.e.keep.hasV4(addr) || categories.IPv4Kept(addr) {
		return end // kept, in the notation it was written in
	}
	from := len(w.repl)
	w.repl = categories.AppendIPv4(w.repl, w.ipv4.Map(addr), padded)
	w.addEdit(categories.IPv4, base+p, base+end, from)
	return end
}

// unifiHostFields returns the length of the host name and of the MAC in a UniFi access
// point's header word, "NAME,MAC,vVERSION" (U6-LR-Lobby,f4e2c6a1b3d0,v6.6.55.15189), or
// 0, 0.
func unifiHostFields(h []byte) (name, mac int) {
	c := bytes.IndexByte(h, ',')
	if c <= 0 || len(h) < c+15 || h[c+13] != ',' || h[c+14] != 'v' {
		return 0, 0
	}
	if _, _, ok := categories.ParseBareMAC(h[c+1 : c+13]); !ok {
		return 0, 0
	}
	return c, 12
}

// ciscoOriginHost returns the span of the host name Cisco IOS writes after its message
// sequence number when a relay's header comes first ("HDR 2211: sw-acc-04: Nov 19
// 09:14:52.118 CET: %SEC_LOGIN-..."), the header ending at s[k]; or 0, 0.
func ciscoOriginHost(s []byte, k int) (start, end int) {
	if k >= len(s) || s[k] != ' ' {
		return 0, 0
	}
	d := k + 1
	for d < len(s) && d-k <= 10 && isDigit(s[d]) {
		d++
	}
	if d == k+1 || !hasPrefixAt(s, d, ": ") {
		return 0, 0
	}
	start = d + 2
	end = start
	for end < len(s) && end-start < 64 && (isAlnum(s[end]) || s[end] == '-' || s[end] == '.' || s[end] == '_') {
		end++
	}
	if end == start || !hasLetter(s[start:end]) || !hasPrefixAt(s, end, ": ") || end+5 >= len(s) {
		return 0, 0
	}
	switch c := s[end+2]; {
	case c == '*' || c == '.' || c == '%':
	case isMonth(s[end+2 : end+5]):
	default:
		return 0, 0
	}
	return start, end
}

// db2ApplicationIDTail reports whether t, after an IPv4 address, is the rest of a Db2
// application id, ".PORT.YYMMDDhhmmss" (10.71.8.33.50322.241118081422): the address is
// the client's.
func db2ApplicationIDTail(t []byte) bool {
	p := digitRun(t[1:])
	if p == 0 || p > 5 || 1+p >= len(t) || t[1+p] != '.' {
		return false
	}
	ts := digitRun(t[2+p:])
	return ts == 12 && (2+p+ts == len(t) || !isAlnum(t[2+p+ts]) && t[2+p+ts] != '.')
}

// registreNationalAfter reports whether a Belgian national register number follows s[j]
// after a blank or a colon: eleven digits, bare or written 85.07.30-123.35.
func registreNationalAfter(s []byte, j int) bool {
	for j < len(s) && (s[j] == ' ' || s[j] == ':') {
		j++
	}
	digits := 0
	for j < len(s) && (isDigit(s[j]) || s[j] == '.' || s[j] == '-') {
		digits += btoi(isDigit(s[j]))
		j++
	}
	return digits == 11 && (j == len(s) || !isAlnum(s[j]))
}

// sessionCookieKey reports a key that ends as session cookies' names do (pm_session,
// kp-session, PHPSESSID's sessid).
func sessionCookieKey(k []byte) bool {
	n := len(k)
	return n > 8 && (equalFold(k[n-8:], "_session") || equalFold(k[n-8:], "-session")) || n >= 6 && equalFold(k[n-6:], "sessid")
}

// randomTokenShaped reports a value shaped as a generated token: 16 bytes or more, with
// letters and digits mixed (hldcw4bQ3PtlUMu8, 3128485387585B948BC5).
func randomTokenShaped(v []byte) bool {
	if len(v) < 16 {
		return false
	}
	letters, digits := 0, 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case isLetter(c):
			letters++
		}
	}
	return letters >= 4 && digits >= 2
}

// domainLoginAt reports whether a Windows account, DOMAIN\login, starts at s[k]: a NetBIOS
// domain in capitals, one backslash and a login.
func domainLoginAt(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k <= 15 && (s[e] >= 'A' && s[e] <= 'Z' || isDigit(s[e]) || s[e] == '-' || s[e] == '_') {
		e++
	}
	return e-k >= 2 && e+2 < len(s) && s[e] == '\\' && isAlnum(s[e+1])
}

// quotedPartyCategory returns the category of the quoted value that starts at s[k] at a
// key of a mail address or an IP (a parcel's sender=, from=, a stop's addr=) when it is no
// address of either: an organisation's name with its legal form, or a postal address (a
// street and its number, then ", " and more); else "".
func quotedPartyCategory(s []byte, k int) string {
	end := bytes.IndexByte(s[k:min(len(s), k+128)], '"')
	if end < 4 {
		return ""
	}
	v := s[k : k+end]
	if bytes.IndexByte(v, '@') >= 0 || bytes.IndexByte(v, ' ') < 0 || !isLetter(v[0]) && v[0] < 0x80 {
		return ""
	}
	for sp := bytes.IndexByte(v, ' '); sp > 0; {
		if categories.LegalSuffixAt(v, sp+1) == len(v) {
			return categories.Organization
		}
		next := bytes.IndexByte(v[sp+1:], ' ')
		if next < 0 {
			break
		}
		sp += 1 + next
	}
	if comma := bytes.Index(v, []byte(", ")); comma > 0 && containsDigit(v[:comma]) {
		return categories.Geo // (a street and its number come first: not "Alerts, Ops Team 2")
	}
	if sp := bytes.IndexByte(v, ' '); honorifics[string(v[:sp])] && honorificNameEnd(v, sp+1) == len(v) {
		return categories.Fullname // a meter reading's client="Mme Nathalie Roux-Garnier"
	}
	return ""
}

// keyedToken reports a key whose name ends in "key", "token", "sign" or "signature"
// (localKey, listen_key, AuthorizationKey, X-CR-Calltoken, PayPal's verify_sign,
// GoCardless' Webhook-Signature) or starts as Terraform's credentials do (TF_TOKEN_),
// and whose value is shaped as a generated token: a secret, not a record's key
// (sortKey=name, key=id) or an identifier (a UUID).
func keyedToken(key, v []byte) bool {
	n := len(key)
	if n == 3 && !(hasUpperLetter(v) && hasLowerLetter(v)) {
		return false // a bare key= names a key as often (key=KG_BMF_AMTSSIGNATUR_2024)
	}
	return (n >= 3 && equalFold(key[n-3:], "key") || n >= 5 && equalFold(key[n-5:], "token") || n >= 4 && equalFold(key[n-4:], "sign") || n >= 9 && equalFold(key[n-9:], "signature") ||
		n > 9 && string(key[:9]) == "TF_TOKEN_") && // (Terraform's credentials, one variable a host: TF_TOKEN_app_terraform_io)
		randomTokenShaped(v) && !uuidShaped(v)
}

// uuidShaped reports a UUID written out, 8-4-4-4-12 hex digits: an identifier (a file's
// ArrivedFileKey, an Idempotency-Key), not a key's secret.
func uuidShaped(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for k, c := range v {
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if c != '-' {
				return false
			}
		} else if !isHex(c) {
			return false
		}
	}
	return true
}

// credentialKeys name keys whose value is USER:PASSWORD.
var credentialKeys = map[string]bool{"basic_auth": true, "basicauth": true, "auth_basic": true,
	"credentials": true, "userpass": true, "user_pass": true, "userinfo": true}

// roleDotLogin reports a login of a role's word, a dot and an initial and a surname, as
// case management and AML tools name their staff (investigator.lgarcia,
// supervisor.pmoreno, trainer.mweber); not a dotted name of a program (operator.yaml).
func roleDotLogin(v []byte) bool {
	dot := bytes.IndexByte(v, '.')
	if dot < 5 || bytes.IndexByte(v[dot+1:], '.') >= 0 || !roleWordShapes.may(v[:dot]) || !inLower(roleWords, v[:dot]) {
		return false
	}
	return initialThenSurname(v[dot+1:]) && !fileTail(v)
}

// teamSurnameInitial reports a login of a team's or a country's prefix, a surname and an
// initial, joined by '_' (a contact centre's ag_schulte_l, a counter's cz_dvorakova_j).
func teamSurnameInitial(v []byte) bool {
	a := bytes.IndexByte(v, '_')
	b := bytes.LastIndexByte(v, '_')
	if a < 2 || a > 3 || b != len(v)-2 || b-a-1 < 3 || b-a-1 > 20 || !isLettersOnly(v[:a]) || !isLetter(v[b+1]) {
		return false
	}
	surname := v[a+1 : b]
	return isLettersOnly(surname) && surname[0] >= 'a' && surname[0] <= 'z' && !isGenericWord(surname) && !isStopword(surname)
}

// tieredTeamLogin reports a teamDotLogin with a tier or a role between the team and
// the login (cs.t1.ngarcia, cs.agent.mwilliams).
func tieredTeamLogin(v []byte) bool {
	return bytes.Count(v, []byte(".")) == 2 && teamDotLogin(v)
}

// teamDotLogin reports a login of a team's prefix, a dot and a name in lower case (an
// initial and a surname: cs.ymertens, tns.mvanrensburg), as contact centres and
// moderation teams name agents; not a program's dotted name (elastic.agent). The prefix
// may have a tier or a role after it (cs.t1.ngarcia, cs.agent.mwilliams).
func teamDotLogin(v []byte) bool {
	dot := bytes.IndexByte(v, '.')
	if dot < 2 || dot > 5 || !isLettersOnly(v[:dot]) || fileTail(v) {
		return false
	}
	rest := v[dot+1:]
	if second := bytes.IndexByte(rest, '.'); second >= 2 && second <= 6 && isAlnumRun(rest[:second]) {
		rest = rest[second+1:]
		if !initialThenSurname(rest) {
			return false // (app.v2.running: a program's name)
		}
	}
	return len(rest) >= 5 && len(rest) <= 24 && isLettersOnly(rest) &&
		rest[0] >= 'a' && rest[0] <= 'z' && !isGenericWord(rest) && !isStopword(rest)
}

// macAfterDash reports whether a MAC address follows an address and a '-' at s[k]: the
// next field, not a version's suffix (Aruba's AP 10.1.2.3-ac:a3:1e:cc:50:b2-AP515).
func macAfterDash(s []byte, k int) bool {
	_, n, _, ok := categories.ParseMAC(s[k:])
	return ok && n == 17
}

// keptVersion notes the quad at line[start:end], kept as a version, for
// mapVersionsAlsoAddresses. Quads in decoded text are not noted (their place in the line
// is not start).
func (w *worker) keptVersion(start, end int, addr [4]byte) {
	if w.decodeDepth == 0 && w.entityDepth == 0 && w.recordDepth == 0 {
		w.versionQuads = append(w.versionQuads, versionQuad{start, end, addr})
	}
}

// inventoryVersion reports whether the dotted quad s[i:end] is a program's version after
// its name, as software inventories list them: a first part below 10, a last part of 0
// (a network's address, were it one: no one's), a word or a ')' before it, and neither a
// prefix length nor a port after it.
func inventoryVersion(s []byte, i, end int, addr [4]byte) bool {
	if addr[0] >= 10 || addr[3] != 0 || i < 2 || s[i-1] != ' ' || end < len(s) && (s[end] == '/' || s[end] == ':') {
		return false
	}
	c := s[i-2]
	return isLetter(c) || c == ')' || c == '+' || isDigit(c)
}

// productNameVersion reports whether the dotted quad s[i:end] is a product's version by
// its shape and place: small numbers (below 10, then below 64 twice), right after a
// product's name in capitals or capitalized (Workbench, SPACE) that is no word for a
// place in a network (Host, Client, DNS), and closing a field: a bracket, a ';', a '|',
// a ',' or the end.
func productNameVersion(s []byte, i, end int, addr [4]byte, afterRun int) bool {
	closing := afterRun // (s ends with the run; -1 at the line's end)
	if end < len(s) {
		closing = int(s[end])
	}
	if addr[0] >= 10 || addr[1] >= 64 || addr[2] >= 64 || i < 4 || s[i-1] != ' ' || closing != -1 && closing != ')' && closing != ';' && closing != '|' && closing != ',' {
		return false // (an address such as 5.146.201.88 has large parts where versions have small ones)
	}
	k := i - 1
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	w := s[k : i-1]
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || k > 0 && s[k-1] != ' ' && s[k-1] != '(' && s[k-1] != ';' {
		return false
	}
	return !equalFoldAny(w, "host", "client", "server", "peer", "from", "source", "destination", "address", "gateway",
		"dns", "nat", "vpn", "router", "node", "remote", "local", "target", "proxy", "relay", "resolver", "forwarder", "interface", "ip", "ipv4")
}

// versionWordAround reports whether the dotted quad at s[i] is a product's version by the
// word before it: "Version", "Ver", "Build" or "Release", in either case ("Client" and
// "Agent" precede addresses as often: [client 10.1.2.3]).
func versionWordAround(s []byte, i int) bool {
	if i >= 8 && (s[i-1] == '=' || s[i-1] == '"' && s[i-2] == '=') {
		// A key that names a version: PluginVersion=7.3.1.16, agent_version="4.3.0.188"
		k := i - 1
		if s[k] == '"' {
			k--
		}
		return k >= 7 && equalFold(s[k-7:k], "version")
	}
	if i < 4 || s[i-1] != ' ' {
		return false
	}
	// The word before, a colon after it or not (Version: 12.1.1.56), and the one before
	// "is" (Agent version is: 1.76.101.0).
	for tries, e := 0, i-1; tries < 2; tries++ {
		colon := e > 0 && s[e-1] == ':'
		if colon {
			e--
		}
		k := e
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		w := s[k:e]
		if len(w) >= 2 && len(w) <= 8 && (equalFold(w, "version") || !colon && equalFoldAny(w, "ver", "build", "release", "fw", "firmware", "schema")) {
			return true // (not Junos' ASP_NAT_PORT_BLOCK_RELEASE: 100.64.17.203, an address)
		}
		if !equalFold(w, "is") || k < 2 || s[k-1] != ' ' {
			return false
		}
		e = k - 1
	}
	return false
}

// browserBefore reports whether a browser's name and a blank stand before s[i], as
// gateways and portals log the browser they parsed from the user agent.
func browserBefore(s []byte, i int) bool {
	if i < 5 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return equalFoldAny(s[k:i-1], "chrome", "chromium", "edge", "firefox", "opera", "safari", "brave", "vivaldi", "yabrowser")
}

// isVersionAfterSlash reports whether the run at i is the version of a product token such
// as Chrome/120.0.0.0: a word standing alone before a '/'. A '/' after a host or another
// path segment (http://h/10.1.2.3) does not count.
// serverSoftware are web and proxy servers that write a four-part version after their
// name (Server: openresty/1.21.4.2).
var serverSoftware = map[string]bool{"openresty": true, "nginx": true, "Apache": true, "apache": true,
	"Microsoft-IIS": true, "Microsoft-HTTPAPI": true, "lighttpd": true, "Jetty": true, "jetty": true,
	"Kestrel": true, "gunicorn": true, "envoy": true, "Caddy": true, "squid": true, "Tengine": true,
	"LiteSpeed": true, "haproxy": true, "traefik": true, "kong": true, "Varnish": true}

// productBefore returns where the name that ends at the '/' before s[i] starts.
func productBefore(s []byte, i int) int {
	k := i - 1
	for k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '-' || s[k-1] == '_') {
		k--
	}
	return k
}

// quotedProductVersion reports whether the dotted quad s[i:end] is the version of the
// product that opens a quoted user agent ("WhatsApp/2.24.9.78 A", "okhttp/4.9.1.3"): a
// first part below 32, a blank, a quote or a ';' after it, and a product's name that is
// no word for a place in a network (inside/10.1.2.3 is an interface and an address).
func quotedProductVersion(s []byte, i, end int, addr [4]byte) bool {
	if addr[0] >= 32 || !isVersionAfterSlash(s, i) || end < len(s) && s[end] != ' ' && s[end] != '"' && s[end] != ';' {
		return false
	}
	k := productBefore(s, i)
	if k == 0 || s[k-1] != '"' {
		return false
	}
	return !equalFoldAny(s[k:i-1], "inside", "outside", "dmz", "lan", "wan", "internal", "external", "mgmt", "management",
		"host", "client", "server", "peer", "from", "to", "source", "destination", "src", "dst", "gateway", "router", "node", "proxy")
}

func isVersionAfterSlash(s []byte, i int) bool {
	if i < 2 || s[i-1] != '/' || !isLetter(s[i-2]) {
		return false
	}
	k := i - 2
	for k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '-' || s[k-1] == '_') {
		k--
	}
	return k == 0 || s[k-1] == ' ' || s[k-1] == '(' || s[k-1] == ';' || s[k-1] == '"' || s[k-1] == '\t' ||
		s[k-1] == '+' // (a user agent in a W3C log, blanks written as '+': Gecko)+Chrome/122.0.0.0)
}

// moduleVersionEnd returns the end of a version at s[k:] that a '/' follows, as a Java
// stack frame writes a module's (java.base@17.0.9/, io.undertow.servlet@2.3.13.Final//),
// or -1: digits and dots, a qualifier in letters after them (with one, the end of s will
// do: no host is named 2.3.13.Final).
func moduleVersionEnd(s []byte, k int) int {
	e, dots := k, 0
	for e < len(s) && (isDigit(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		dots += btoi(s[e] == '.')
		e++
	}
	if e == k || !isDigit(s[k]) || dots == 0 {
		return -1
	}
	qualified := false
	if e+1 < len(s) && (s[e] == '.' || s[e] == '-') && isLetter(s[e+1]) {
		qualified = true
		e++
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
			e++ // .Final, -SNAPSHOT, .RELEASE, .jbossorg-1
		}
	}
	if e < len(s) && s[e] == '/' || e == len(s) && qualified {
		return e // (a run ends before its '/')
	}
	return -1
}

func (w *worker) emailAt(s []byte, p, base int) int {
	if !w.e.cats.on(categories.Email) {
		return p
	}
	at := p
	for at < len(s) && s[at] != '@' && s[at] != ':' {
		at++
	}
	if at == len(s) || s[at] != '@' {
		return p
	}
	if end := moduleVersionEnd(s, at+1); end > at {
		return end // a Java stack frame's module and version: io.undertow.servlet@2.3.13.Final//
	}
	if at-p >= 3 && s[at-1] == '$' && w.e.cats.on(categories.Hostname) {
		// A computer account's Kerberos principal, MACHINE$@REALM (sssd, winbind,
		// krb5kdc): the machine, and the realm.
		if _, end, ok := categories.EmailAt(append(append(w.scratch[:0], 'x'), s[at:]...), 1); ok && isHostShaped(s[p:at-1]) && isUpperRealm(s[at+1:at+end-1]) {
			w.contextValue(categories.Hostname, s, p, at-1, base)
			w.contextValue(categories.Domain, s, at+1, at+end-1, base)
			return at + end - 1
		}
	}
	start, end, ok := categories.EmailAt(s[p:], at-p)
	if !ok {
		if cut := dashAfterTLD(s, at); cut > at {
			// An address run into a host's name (Zscaler's CertificateCN:
			// jdoe@acme.ng-LOS-LT-0412): the address ends at its top-level domain; the
			// host after the '-' is read next.
			if st, e, ok2 := categories.EmailAt(s[p:cut], at-p); ok2 && p+e == cut && w.validEmailDomain(s[at+1:cut]) {
				from := len(w.repl)
				w.repl = w.cached(categories.Email, s[p+st:cut], w.emailPseudonym)
				w.addEdit(categories.Email, base+p+st, base+cut, from)
				host := cut + 1
				for host < len(s) && (isAlnum(s[host]) || s[host] == '-') {
					host++
				}
				if tok := s[cut+1 : host]; hasLetter(tok) && (windowsMachineShaped(tok) || deviceNamed(tok)) {
					w.contextValue(categories.Hostname, s, cut+1, host, base) // its machine
					return host
				}
				return cut
			}
		}
	}
	if !ok || !w.validEmailDomain(s[p+at-p+1:p+end]) {
		// USER@ADDRESS (MySQL's Connect jdoe@10.1.2.3, ESXi's root@10.1.2.3): the user is
		// a user; the scan reads the address after the '@'.
		if _, n, _, isIP := categories.ParseIPv4(s[at+1:]); isIP && at > p && accountBytes(s[p:at]) && hasLetter(s[p:at]) &&
			(at+1+n == len(s) || !isAlnum(s[at+1+n]) && !(s[at+1+n] == '.' && at+2+n < len(s) && isAlnum(s[at+2+n]))) {
			w.keyedValue(categories.Username, s[p:at], base+p)
			return at
		}
		if end := w.userAtMachine(s, p, at, base); end > at {
			return end
		}
		return p
	}
	start, end = p+start, p+end
	if at-start > 4 && amadeusContactElement(s[start:start+4]) {
		start += 4 // an Amadeus PNR's email element: APE-marco.esposito79@libero.it
	}
	if algorithmDomain(s[at+1 : end]) {
		return end // aes256-gcm@openssh.com: an SSH algorithm's name, no mailbox
	}
	if start >= 2 && s[start-1] == '/' && equalFoldAny(s[start:at], "admin", "root") && w.e.cats.on(categories.Domain) {
		// A Kerberos principal with an instance, USER/admin@REALM (kadmind's client=):
		// the user, and the realm; the instance stays.
		k := start - 1
		for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '.' || s[k-1] == '_' || s[k-1] == '-') {
			k--
		}
		if k < start-1 && hasLetter(s[k:start-1]) && !inLower(kerberosServices, s[k:start-1]) {
			w.contextValue(categories.Username, s, k, start-1, base)
		}
		w.contextValue(categories.Domain, s, at+1, end, base)
		return end
	}
	if start > 0 && s[start-1] == '/' && bytes.IndexByte(s[start:at], '.') > 0 && isHostShaped(s[start:at]) && isUpperRealm(s[at+1:end]) &&
		w.e.cats.on(categories.Hostname) && w.e.cats.on(categories.Domain) {
		// A Kerberos service principal, SERVICE/HOST@REALM (realms are written in upper
		// case, mail domains hardly ever): a host (a realm after krbtgt/) and a realm,
		// not a mailbox.
		cat := categories.Hostname
		if svc := s[max(0, start-7) : start-1]; equalFold(svc, "krbtgt") {
			cat = categories.Domain
		}
		w.contextValue(cat, s, start, at, base)
		w.contextValue(categories.Domain, s, at+1, end, base)
		return end
	}
	w.learnLocalPart(s[start:at])
	from := len(w.repl)
	w.repl = w.cached(categories.Email, s[start:end], w.emailPseudonym)
	w.addEdit(categories.Email, base+start, base+end, from)
	return end
}

// userAtMachine rewrites USER@HOST where HOST is one label, as cron's mail subjects
// (Cron <jdoe@kbl-app02>) and ssh (deploy@web-01) write them: a host named like a machine
// (a dash or a digit). It returns where the value ends, or at.
func (w *worker) userAtMachine(s []byte, p, at, base int) int {
	end := at + 1
	for end < len(s) && (isAlnum(s[end]) || s[end] == '-' || s[end] == '_') {
		end++
	}
	user, host := s[p:at], s[at+1:end]
	if len(host) == 0 || len(user) < 2 || !accountBytes(user) || !hasLetter(user) || p > 0 && s[p-1] != ' ' && s[p-1] != '<' && s[p-1] != '(' && s[p-1] != '[' {
		return at // (Bitbucket's request id, o@1ALXNYRx652x3918x0: one letter is no login)
	}
	if end < len(s) && s[end] != ' ' && s[end] != '>' && s[end] != ')' && s[end] != ']' && s[end] != ':' && s[end] != ',' {
		return at
	}
	if len(host) < 4 || !isHostShaped(host) || !hasLetter(host) || bytes.IndexByte(host, '-') < 0 && !containsDigit(host) || host[0] == '-' ||
		isHexRun(host) || camelLabel(user) || // (a Java object's identity: PgConnection@5e4c8041)
		len(user) > 3 && user[0] == 'L' && user[1] == 'n' && user[2] == '.' && isDigitsOnly(user[3:]) || // (3CX's line: Ln.10000@SIPTrunk)
		host[0] == 'v' && isDigitsOnly(host[1:]) || // (name@v2: a version)
		condorSlot(user) || // (HTCondor's slot1_3@wn112: a slot of a worker node)
		end < len(s) && s[end] == ':' && equalFoldAny(host, "sha256", "sha512", "sha384", "sha1", "md5") { // (an image's digest: nginx@sha256:...)
		return at
	}
	w.keyedValue(categories.Username, user, base+p)
	w.keyedValue(categories.Hostname, host, base+at+1)
	return end
}

// cyberArkObject reads a CyberArk vault object's name at s[at:] (fname=Root\PLATFORM-
// ADDRESS-USERNAME, "Root\Operating System-WinDomain-corp.example-adm_jdoe"): no file's
// path but a platform, the target's address and the account. The account, after the last
// '-', is a login; the rest is scanned as text (its address is found by its shape). It
// returns the value's end.
func (w *worker) cyberArkObject(s []byte, at int, mode textMode, delim byte, base int) int {
	end := at
	switch mode {
	case modeCEF:
		end = cefValueEnd(s, at)
	case modeLEEF:
		for end < len(s) && s[end] != delim {
			end++
		}
	default:
		for end < len(s) && s[end] != '\t' && s[end] != '"' && !(s[end] == ' ' && keyFollows(s, end+1)) {
			end++
		}
	}
	dash := bytes.LastIndexByte(s[at:end], '-')
	if dash < 0 {
		w.scanFrom(s[:end], at+5, modePlain, ' ', base)
		return end
	}
	if d := cyberArkDottedAddressEnd(s, at+5, end); d > 0 && d-at != dash {
		dash = d - at // an account with dashes of its own (...-ot.corp.local-adm-ews-vha): it starts after the address
	}
	user := s[at+dash+1 : end]
	if addr := bytes.LastIndexByte(s[at+5:at+dash], '-') + at + 6; addr > at+6 && isHostShaped(s[addr:at+dash]) &&
		(bytes.IndexByte(s[addr:at+dash], '.') > 0 || isIPShaped(s[addr:at+dash])) {
		// The platform, then the address (Operating System-KMED-Domain-corp.local-adm_x):
		// the platform's own dashes do not make the address one long host name. A
		// label of the address in lower case before a dash is the address's too
		// (WinDomain-vistula-logistyka.pl-adm_x); a platform's word has capitals.
		for addr > at+7 {
			p := bytes.LastIndexByte(s[at+5:addr-1], '-') + at + 6
			if p <= at+6 || !lowerLabel(s[p:addr-1]) {
				break
			}
			addr = p
		}
		w.scanFrom(s[:addr-1], at+5, modePlain, ' ', base)
		w.where = w.label("key", []byte("fname"))
		w.contextValue(categories.Address, s, addr, at+dash, base)
	} else {
		w.scanFrom(s[:at+dash], at+5, modePlain, ' ', base)
	}
	if len(user) >= 2 && accountBytes(user) && hasLetter(user) {
		w.where = w.label("key", []byte("fname"))
		w.contextValue(categories.Username, s, at+dash+1, end, base)
	} else {
		w.scanFrom(s[:end], at+dash+1, modePlain, ' ', base)
	}
	return end
}

// lowerLabel reports a host name's label in lower case: letters and digits, a letter
// first.
func lowerLabel(v []byte) bool {
	if len(v) == 0 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// nationalPhoneAt maps the national phone number, its trunk prefix 0 first, that starts
// with the run s[i:j] and goes on past it (nine to twelve digits in its groups), and
// returns its end; or i.
func (w *worker) nationalPhoneAt(s []byte, i, j, base int) int {
	end := phoneShapeEnd(s, i)
	if end <= j || !nationalPhoneDigits(s[i:end]) {
		return i
	}
	w.where = whereText
	w.contextValue(categories.Phone, s, i, end, base)
	return end
}

// amadeusContactElement reports an Amadeus PNR's contact element's code and its dash
// (APE- an email, APM- a mobile, APH- a home, APB- a business, APN- a notification
// contact, APT- a travel agent's): the contact follows it.
func amadeusContactElement(v []byte) bool {
	return len(v) == 4 && v[0] == 'A' && v[1] == 'P' && v[3] == '-' && strings.IndexByte("EMHBNT", v[2]) >= 0
}

// hanNameEnd returns the end of a person's name in Han characters at s[k] (渡辺 健二,
// 小林 咲): one to three characters of the family name, a blank or an ideographic space,
// one to three of the given name; or k.
func hanNameEnd(s []byte, k int) int {
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	e, n := runOf(s, k, 3, isHan)
	sep := blankAt(s, e)
	if n == 0 || sep == 0 {
		return k
	}
	if f, m := runOf(s, e+sep, 3, isHan); m > 0 {
		return f
	}
	return k
}

// cjkUserWords name a user or an operator in Japanese and Chinese, where a login follows
// in corner brackets without a blank: ユーザー「tanaka.h」.
var cjkUserWords = []string{"ユーザー", "ユーザ", "利用者", "オペレーター", "オペレータ", "担当者", "用户", "用戶", "使用者", "操作员"}

// cjkUserWordBefore reports whether one of cjkUserWords ends at s[i].
func cjkUserWordBefore(s []byte, i int) bool {
	for _, w := range cjkUserWords {
		if i >= len(w) && string(s[i-len(w):i]) == w {
			return true
		}
	}
	return false
}

// cjkBracketedLogin maps the login in corner brackets at s[i] after a user's word
// (Daikin's and other Japanese consoles: ユーザー「tanaka.h」(田中 浩)がログインしました),
// and the name in Han characters in brackets after it. It returns the end of what it
// read, or i.
func (w *worker) cjkBracketedLogin(s []byte, i, base int) int {
	from := i + 3
	end := bytes.Index(s[from:min(len(s), from+64)], []byte("」"))
	if end < 2 || !accountBytes(s[from:from+end]) || !hasLetter(s[from:from+end]) || isStopword(s[from:from+end]) {
		return i
	}
	w.where = w.label("phrase", []byte("user「login」"))
	w.contextValue(categories.Username, s, from, from+end, base)
	next := from + end + len("」")
	if next+4 < len(s) && (s[next] == '(' || hasPrefixAt(s, next, "（")) {
		open := next + 1
		if s[next] != '(' {
			open = next + len("（")
		}
		if e := hanNameEnd(s, open); e > open && e < len(s) && (s[e] == ')' || hasPrefixAt(s, e, "）")) {
			w.contextValue(categories.Fullname, s, open, e, base)
			if s[e] == ')' {
				return e + 1
			}
			return e + len("）")
		}
	}
	return next
}

// hanNameBesideLogin maps a person's name in Han characters written beside the login
// in brackets, as Japanese lab and Windows logs do: "ユーザー KWATANABE (渡辺 健二)" or
// "ユーザー 小林 咲 (s.kobayashi)"; s[i] is the '('. It returns the end of what it read,
// or i.
func (w *worker) hanNameBesideLogin(s []byte, i, base int) int {
	login := func(a, b int) bool {
		return b-a >= 2 && b-a <= 40 && accountBytes(s[a:b]) && hasLetter(s[a:b])
	}
	if s[i+1] >= 0xE4 {
		// LOGIN (NAME): the login before the bracket
		e := hanNameEnd(s, i+1)
		if e == i+1 || e >= len(s) || s[e] != ')' || i < 3 || s[i-1] != ' ' && !isAlnum(s[i-1]) {
			return i
		}
		k := i - btoi(s[i-1] == ' ') // (LOGIN(NAME), no blank between them, as LabSolutions writes it)
		for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '.' || s[k-1] == '_' || s[k-1] == '-' || s[k-1] == '\\') {
			k--
		}
		if !login(k, i-btoi(s[i-1] == ' ')) {
			return i
		}
		w.where = w.label("phrase", []byte("login (name)"))
		w.contextValue(categories.Fullname, s, i+1, e, base)
		return e + 1
	}
	// NAME (LOGIN): the name before the bracket, the login in it
	c := bytes.IndexByte(s[i+1:min(len(s), i+42)], ')')
	if c < 2 || !login(i+1, i+1+c) {
		return i
	}
	start := -1
	for k := max(0, i-32); k < i-1; k++ {
		if s[k] >= 0xE4 && s[k] <= 0xE9 && (k == 0 || s[k-1] == ' ' || s[k-1] < 0x80 && !isAlnum(s[k-1])) && hanNameEnd(s, k) == i-1 {
			start = k
			break
		}
	}
	if start < 0 {
		return i
	}
	w.where = w.label("phrase", []byte("name (login)"))
	w.contextValue(categories.Fullname, s, start, i-1, base)
	w.contextValue(categories.Username, s, i+1, i+1+c, base)
	return i + 2 + c
}

// cyberArkDottedAddressEnd returns where the first part of a CyberArk object's name
// s[from:end] between dashes that is an address with a dot (a domain, an IP address)
// ends, when the account's name after it holds dashes of its own; or 0.
func cyberArkDottedAddressEnd(s []byte, from, end int) int {
	for k := from; k < end; {
		e := bytes.IndexByte(s[k:end], '-')
		if e < 0 {
			return 0
		}
		part := s[k : k+e]
		if k > from && bytes.IndexByte(part, '.') > 0 && (isHostShaped(part) || isIPShaped(part)) {
			if bytes.IndexByte(s[k+e+1:end], '-') > 0 {
				return k + e
			}
			return 0
		}
		k += e + 1
	}
	return 0
}

// cefCustomKey reports a CEF extension whose meaning its label names: cs1 to cs6, cn1
// to cn3, flexString1 and 2, deviceCustomString1 to 6 (cs1Label names cs1).
func cefCustomKey(k []byte) bool {
	n := len(k)
	if n < 3 || !isDigit(k[n-1]) {
		return false
	}
	switch string(k[:n-1]) {
	case "cs", "cn", "flexString", "deviceCustomString", "deviceCustomNumber", "cfp":
		return true
	}
	return false
}

// cefLabelCategory returns the category that the label of the custom extension key names
// ("cs1Label=\"Affected User Name\"", cs2Label=TargetUser), as a key would, or "".
func (w *worker) cefLabelCategory(s, key []byte, mode textMode, delim byte) string {
	var buf [40]byte
	lk := append(append(buf[:0], key...), "Label="...)
	at := bytes.Index(s, lk)
	if at < 0 || at > 0 && isTokenByte(s[at-1]) {
		return "" // (after a blank, a '|', or LEEF's declared delimiter: ^cs7Label=)
	}
	start := at + len(lk)
	end := cefValueEnd(s, start)
	if mode == modeLEEF {
		// Imperva's LEEF carries CEF's custom fields and their labels:
		// ^cs7=19.0760^cs7Label=Visitor Latitude^
		if end = start + bytes.IndexByte(s[start:], delim); end < start {
			end = len(s)
		}
	}
	label := bytes.Trim(s[start:end], `" `)
	if len(label) == 0 || len(label) > 48 {
		return ""
	}
	if c := w.e.rawKeys.lookupWords(label); c != "" {
		return c
	}
	if equalFold(label, "credential") {
		// Nozomi Guardian's cleartext credential seen on the wire: a password. (No key
		// of key=value text: AWS' Credential= is an access key, then a date and a region.)
		return categories.Secret
	}
	var joined [48]byte
	folded := joined[:0]
	for _, c := range label {
		if c != ' ' {
			folded = append(folded, c)
		}
	}
	return w.e.rawKeys.lookupAssigned(folded)
}

// wholeIPv6 reports whether v is an IPv6 address and nothing more.
func wholeIPv6(v []byte) bool {
	_, n, _, ok := categories.ParseIPv6(v)
	return ok && n == len(v)
}

// xmlNamespaceEnd returns the end of the quoted value of an XML namespace's attribute
// s[i:j] (xmlns="http://www.hikvision.com/ver20/XMLSchema", xmlns:xsi="..."), the name
// of a schema its maker publishes, which stays; or 0.
func xmlNamespaceEnd(s []byte, i, j int) int {
	if j-i < 5 || string(s[i:i+5]) != "xmlns" || j-i > 5 && s[i+5] != ':' || j+2 >= len(s) || s[j+1] != '"' && s[j+1] != '\'' {
		return 0
	}
	e := bytes.IndexByte(s[j+2:], s[j+1])
	if e < 0 || bytes.IndexByte(s[j+2:j+2+e], ' ') >= 0 {
		return 0
	}
	return j + 2 + e + 1
}

// colonTokenIDs rewrites what a token with colons at s[i:j] holds by its own syntax and
// returns where the scan goes on, or 0: a CrowdStrike detection's id, ldt:AID:NUMBER,
// whose sensor id (the agent of one machine) is a device's and whose number stays; and
// Oracle's thin driver URL, jdbc:oracle:thin:USER/PASSWORD@HOST:1521/SERVICE.
func (w *worker) colonTokenIDs(s []byte, i, j, base int) int {
	if j-i > 38 && s[i] == 'l' && hasPrefixAt(s, i, "ldt:") && s[i+36] == ':' && isHexRun(s[i+4:i+36]) {
		w.where = w.label("phrase", []byte("ldt:aid"))
		w.contextValue(categories.DeviceID, s, i+4, i+36, base)
		return j
	}
	if j < len(s) && s[j] == '/' && equalFold(s[i:i+17], "jdbc:oracle:thin:") {
		return w.oracleCredentials(s, i+17, j, base)
	}
	return 0
}

// oracleCredentials rewrites Oracle's USER/PASSWORD@ whose user is s[i:j] and whose '/'
// is s[j], and returns the index of the '@', or 0.
func (w *worker) oracleCredentials(s []byte, i, j, base int) int {
	if j+3 >= len(s) {
		return 0
	}
	at := bytes.IndexByte(s[j+1:min(len(s), j+1+128)], '@')
	if at < 4 || bytes.IndexAny(s[j+1:j+1+at], " \t\"'") >= 0 || !accountBytes(s[i:j]) {
		return 0
	}
	w.where = wherePhrase
	w.contextValue(categories.Username, s, i, j, base)
	w.contextValue(categories.Secret, s, j+1, j+1+at, base)
	return j + 1 + at
}

// devidIsDevname reports whether the FortiOS devid value at s[k] is the line's devname
// too, as a FortiGate that was never named writes them (devname="FGVM..." devid="FGVM...").
func devidIsDevname(s []byte, k int) bool {
	v := s[k:]
	if len(v) > 0 && v[0] == '"' {
		v = v[1:]
	}
	e := 0
	for e < len(v) && v[e] != '"' && v[e] != ' ' {
		e++
	}
	if e == 0 {
		return false
	}
	d := bytes.Index(s, []byte("devname="))
	if d < 0 {
		return false
	}
	n := s[d+len("devname="):]
	if len(n) > 0 && n[0] == '"' {
		n = n[1:]
	}
	return len(n) > e && bytes.Equal(n[:e], v[:e]) && (n[e] == '"' || n[e] == ' ')
}

// nextUpperKeyAt returns where a blank before another key in capitals (DEBIT.ACCT.NO=,
// CREDIT.AMOUNT=) stands between s[from] and s[end], or 0.
func nextUpperKeyAt(s []byte, from, end int) int {
	for k := from; k < end; k++ {
		if s[k] != ' ' {
			continue
		}
		e := k + 1
		for e < end && (s[e] >= 'A' && s[e] <= 'Z' || isDigit(s[e]) || s[e] == '.' || s[e] == '_' || s[e] == ':') {
			e++
		}
		if e > k+2 && e < end && s[e] == '=' {
			return k
		}
	}
	return 0
}

// pathShapedValue reports whether the value at s[k], quoted or not, can be a file's path
// or name: a separator in it, or a name whose extension has five letters or fewer
// (svchost.exe, not FUNDS.TRANSFER).
func pathShapedValue(s []byte, k int) bool {
	if k < len(s) && s[k] == '"' {
		k++
	}
	e := k
	for e < len(s) && s[e] != ' ' && s[e] != '"' && s[e] != '\t' {
		e++
	}
	v := s[k:e]
	if bytes.ContainsAny(v, `/\`) {
		return true
	}
	dot := bytes.LastIndexByte(v, '.')
	return dot < 0 || len(v)-dot-1 <= 5
}

// nestedKeyBefore reports whether the key whose '=' is at s[at-1] follows a byte other
// than a blank: a key inside a CEF extension's value, whose value ends as plain text's
// does, not at the next extension.
func nestedKeyBefore(s []byte, at int) bool {
	k := at - 1
	if k <= 0 || s[k] != '=' {
		return false
	}
	for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '_' || s[k-1] == '.' || s[k-1] == '-') {
		k--
	}
	return k > 0 && k < at-1 && s[k-1] != ' ' && s[k-1] != '|' && s[k-1] != '\t'
}

// scriptFileName reports a file's name with a script's or data file's extension, which
// '@' runs in SQL*Plus and names in npm (@report.sql), no login.
func scriptFileName(v []byte) bool {
	dot := bytes.LastIndexByte(v, '.')
	return dot > 0 && equalFoldAny(v[dot+1:], "sql", "sh", "py", "js", "ts", "txt", "log", "json", "xml", "yml", "yaml",
		"csv", "ps1", "bat", "cmd", "exe", "dll", "conf", "cfg", "ini", "pl", "rb")
}

// condorSlot reports an HTCondor slot's name: slot1, slot1_3.
func condorSlot(v []byte) bool {
	if len(v) < 5 || string(v[:4]) != "slot" {
		return false
	}
	for _, c := range v[4:] {
		if !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// dashAfterTLD returns where the domain after the '@' at s[at] would end if its last
// label were cut at a '-' that follows a known top-level domain (acme.ng-LOS-LT-0412 →
// acme.ng), or at.
func dashAfterTLD(s []byte, at int) int {
	dot := -1
	for k := at + 1; k < len(s) && k < at+256; k++ {
		c := s[k]
		switch {
		case c == '.':
			dot = k
		case c == '-' && dot > at && k-dot-1 >= 2:
			tld := strings.ToLower(string(s[dot+1 : k]))
			if _, icann := publicsuffixICANN(tld); icann {
				return k
			}
			return at
		case isAlnum(c), c == '-': // (a hyphen inside a label before the last: nordwind-logistik.eu-LT01)
		default:
			return at
		}
	}
	return at
}

// postgresLevelAt reports whether a PostgreSQL message's level starts at s[k] (LOG:,
// FATAL:, ERROR:).
func postgresLevelAt(s []byte, k int) bool {
	for _, level := range [...]string{"LOG:", "FATAL:", "ERROR:", "WARNING:", "STATEMENT:", "DETAIL:", "AUDIT:"} {
		if hasPrefixAt(s, k, level) {
			return true
		}
	}
	return false
}

// isUpperRealm reports whether v is written like a Kerberos realm: a DNS name in upper
// case (CORP.EXAMPLE.COM).
func isUpperRealm(v []byte) bool {
	for _, c := range v {
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return isHostShaped(v)
}

func isDigitsOnly(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// trimOptionDashes returns a key without the dashes of a command-line option
// (--password=x is the key password).
func trimOptionDashes(key []byte) []byte {
	if len(key) > 2 && key[0] == '-' {
		key = key[1:]
		if key[0] == '-' {
			key = key[1:]
		}
	}
	return key
}

// optionTakesValue reports whether a long option named like a key of category cat takes
// the next word as its value: the categories whose values are single words.
func optionTakesValue(cat string) bool {
	switch cat {
	case categories.Secret, categories.Username, categories.Email, categories.Address, categories.IP,
		categories.Hostname, categories.Domain:
		return true
	}
	return false
}

// mysqlOption returns the category of the value of the option s[i:j] of a mysql
// command line (-pPASSWORD, -uUSER, -u USER, -hHOST, -h HOST), or "". A password is
// only ever glued to -p: "-p NAME" asks for the password and NAME is the database.
func mysqlOption(s []byte, i, j int) string {
	if s[i] != '-' || i > 0 && s[i-1] != ' ' || j-i == 2 && (s[i+1] == 'p' || j+1 >= len(s) || s[j] != ' ' || s[j+1] == '-') {
		return ""
	}
	cat := mysqlOptionCategory(s[i+1])
	if cat == "" || !mysqlCommandBefore(s, i) {
		return ""
	}
	return cat
}

// commandOptions are the options that take a user or a secret as the next word, by
// command (its name, or the start of its name, as commandBefore finds it).
var commandOptions = []struct {
	command string
	family  bool // psexec64.exe, ldapmodify: names that start with command
	options map[string]string
}{
	{"sshpass", false, map[string]string{"-p": categories.Secret}},
	{"sudo", false, map[string]string{"-u": categories.Username}},
	{"useradd", false, map[string]string{"-c": categories.Fullname, "--comment": categories.Fullname}},
	{"usermod", false, map[string]string{"-c": categories.Fullname, "--comment": categories.Fullname, "-l": categories.Username}},
	{"docker", false, map[string]string{"-u": categories.Username, "-p": categories.Secret, "--username": categories.Username}},
	{"curl", false, map[string]string{"-u": credentials, "--user": credentials, "--proxy-user": credentials}},
	{"psexec", true, map[string]string{"-u": categories.Username, "-p": categories.Secret}},
	{"paexec", true, map[string]string{"-u": categories.Username, "-p": categories.Secret}},
	{"sqlcmd", true, map[string]string{"-U": categories.Username, "-P": categories.Secret}},
	{"psql", false, map[string]string{"-U": categories.Username, "--username": categories.Username}},
	{"pg_", true, map[string]string{"-U": categories.Username, "--username": categories.Username}}, // pg_dump, pg_restore, pg_basebackup
	{"createdb", false, map[string]string{"-U": categories.Username, "--username": categories.Username}},
	{"ldap", true, map[string]string{"-w": categories.Secret}},
	{"keytool", true, map[string]string{"-storepass": categories.Secret, "-keypass": categories.Secret,
		"-srcstorepass": categories.Secret, "-deststorepass": categories.Secret}},
	{"smbclient", false, map[string]string{"-U": credentialsPercent, "--user": credentialsPercent}},
	{"rdesktop", false, map[string]string{"-u": categories.Username, "-p": categories.Secret}},
	{"openssl", false, map[string]string{"-passin": passPhrase, "-passout": passPhrase}},
	// Active Directory's directory service tools: dsadd user DN -samid X -pwd X
	{"dsadd", false, dsToolOptions},
	{"dsmod", false, dsToolOptions},
	{"New-LocalUser", false, map[string]string{"-Name": categories.Username, "-FullName": categories.Fullname}},
	{"Set-LocalUser", false, map[string]string{"-Name": categories.Username, "-FullName": categories.Fullname}},
}

// dsToolOptions are the options of dsadd and dsmod that take a person's data.
var dsToolOptions = map[string]string{"-pwd": categories.Secret, "-samid": categories.Username,
	"-upn": categories.Username, "-fn": categories.Fullname, "-ln": categories.Fullname,
	"-display": categories.Fullname, "-email": categories.Email, "-tel": categories.Phone,
	"-mobile": categories.Phone, "-hometel": categories.Phone}

// commandOption returns the category of the value of the option s[i:j] of a command
// that takes a user or a secret as the next word (sshpass -p X, curl -u USER:PASSWORD,
// sqlcmd -U X -P X, keytool -storepass X, ...), or "".
func commandOption(s []byte, i, j int) string {
	if s[i] != '-' || i > 0 && s[i-1] != ' ' || j+1 >= len(s) || s[j] != ' ' || s[j+1] == '-' {
		return ""
	}
	for _, c := range commandOptions {
		if cat, ok := c.options[string(s[i:j])]; ok && commandBefore(s, i, c.command, c.family) {
			return cat
		}
	}
	if j-i >= 5 && isLetter(s[i+1]) {
		var buf [24]byte
		if j-i <= len(buf) {
			lower := buf[:j-i]
			for k, c := range s[i:j] {
				lower[k] = c | 0x20
			}
			if cat := powershellParameters[string(lower)]; cat != "" && s[j+1] != '$' && s[j+1] != '(' {
				if cat == categories.Username && (string(lower) == "-credential" || string(lower) == "-cred") &&
					bytes.IndexByte(s[j+1:argEnd(s, j+1)], ':') > 0 {
					return credentials // a script's own -Cred sftp_dvla:PASSWORD: a login and its password
				}
				return cat
			}
		}
	}
	// Plesk's CLI and other admin tools: -passwd PASSWORD, and -login USER beside it.
	if j-i == 7 && string(s[i:j]) == "-passwd" {
		return categories.Secret
	}
	if j-i == 6 && (string(s[i:j]) == "-login" || string(s[i:j]) == "-owner") && bytes.Contains(s[j:], []byte(" -passwd ")) {
		return categories.Username // (Plesk's domain --create ... -owner CUSTOMER -login FTPUSER -passwd ...)
	}
	// Any command's -u USER -p PASSWORD pair (a tool's own login options): -p is a port
	// as often, so only next to -u, and not a number.
	if j-i == 2 && (s[i+1] == 'p' || s[i+1] == 'P') && !isDigit(s[j+1]) && optionBefore(s, i, s[i+1]-'p'+'u') {
		return categories.Secret
	}
	if j-i == 2 && (s[i+1] == 'u' || s[i+1] == 'U') && optionAfter(s, argEnd(s, j+1), s[i+1]-'u'+'p') {
		return categories.Username
	}
	return ""
}

// powershellParameters are PowerShell parameters that take a host, an account or a
// password whatever the cmdlet: Invoke-Command -ComputerName X -Credential DOMAIN\USER,
// Get-ADUser -Identity X -Server DC. A variable ($cred) or an expression stays.
var powershellParameters = map[string]string{"-computername": categories.Hostname,
	"-credential": categories.Username, "-cred": categories.Username, "-username": categories.Username, "-identity": categories.Username,
	"-password": categories.Secret, "-server": categories.Address,
	// The ActiveDirectory module's user attributes (New-ADUser, Set-ADUser)
	"-givenname": categories.Fullname, "-surname": categories.Fullname, "-displayname": categories.Fullname,
	"-samaccountname": categories.Username, "-userprincipalname": categories.Username, "-manager": categories.Username,
	"-emailaddress": categories.Email, "-officephone": categories.Phone, "-mobilephone": categories.Phone,
	"-homephone": categories.Phone, "-streetaddress": categories.Geo, "-city": categories.Geo,
	"-company": categories.Organization}

// optionBefore reports whether the option -c is the argument before the one before s[i]
// (-u USER -p): the two go together.
func optionBefore(s []byte, i int, c byte) bool {
	k := i - 1
	for k > 0 && s[k] == ' ' {
		k--
	}
	for k > 0 && s[k] != ' ' {
		k-- // the value before
	}
	return k >= 3 && s[k-1] == c && s[k-2] == '-' && s[k-3] == ' '
}

// optionAfter reports whether the option -c follows the argument that ends at s[end].
func optionAfter(s []byte, end int, c byte) bool {
	return end+3 < len(s) && s[end] == ' ' && s[end+1] == '-' && s[end+2] == c && s[end+3] == ' '
}

// credentialsPercent is the pseudo-category of smbclient's USER%PASSWORD, passPhrase that
// of openssl's pass:PASSWORD (env:NAME and file:PATH stay).
const (
	credentialsPercent = "credentials%"
	passPhrase         = "pass:"
)

// credentials is the pseudo-category of a USER:PASSWORD value.
const credentials = "credentials"

// commandBefore reports whether the command that s[i] is an argument of is name, with or
// without a path, within the 256 bytes before; with family, also a name that starts
// with it (mysqldump, mysqladmin).
func commandBefore(s []byte, i int, name string, family bool) bool {
	before := s[max(0, i-256):i]
	k := bytes.LastIndex(before, []byte(name))
	if k < 0 || k > 0 && before[k-1] != ' ' && before[k-1] != '/' && before[k-1] != '\\' && before[k-1] != '=' && before[k-1] != '"' {
		return false
	}
	after := k + len(name)
	if len(before)-after >= 4 && equalFold(before[after:after+4], ".exe") {
		after += 4 // curl.exe, psql.exe: the same tools on Windows
	}
	return family || after < len(before) && (before[after] == ' ' || before[after] == '"')
}

// systemPrincipalEnd returns the end of a Windows system principal that starts at s[k]
// (NT AUTHORITY\SYSTEM, NT AUTHORITY\NETWORK SERVICE, NT SERVICE\MSSQLSERVER), or k.
func systemPrincipalEnd(s []byte, k int) int {
	n := categories.SystemAuthorityLen(s[k:])
	if n == 0 {
		return k
	}
	end := k + n
	for end < len(s) && (isAlnum(s[end]) || s[end] == '-' || s[end] == '_' || s[end] == '$' || s[end] == '.') {
		end++
	}
	for _, two := range [...]string{" SERVICE", " LOGON", " Service", " Logon"} {
		if hasPrefixAt(s, end, two) && (end+len(two) == len(s) || !isAlnum(s[end+len(two)])) {
			end += len(two) // NETWORK SERVICE, LOCAL SERVICE, ANONYMOUS LOGON
			break
		}
	}
	return end
}

// systemAuthorityBefore returns where a system authority starts that ends at the '\\' at
// s[j] (NT AUTHORITY\, BUILTIN\), or -1.
func systemAuthorityBefore(s []byte, j int) int {
	for k := max(0, j-20); k < j; k++ {
		if (k == 0 || !isAlnum(s[k-1])) && s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' {
			if n := categories.SystemAuthorityLen(s[k:]); n > 0 && (k+n == j+1 || k+n == j+2) {
				return k
			}
		}
	}
	return -1
}

// nameValueEnd extends a name's value that ends at s[end] over up to three more words of
// letters separated by one blank, each capitalized or in a script without case (or a
// surname's particles before one: de Boer, van der Berg), stopping before a word that is
// a key (key=).
func nameValueEnd(s []byte, end int) int {
	for words := 0; words < 3 && end+1 < len(s) && s[end] == ' ' && isLetterAt(s, end+1); words++ {
		word := particlesEnd(s, end+1) // the particles go with the surname after them
		k := word
		for k < len(s) && s[k] != ' ' && s[k] != '=' && s[k] != ',' && s[k] != ';' && s[k] != '"' && s[k] != '(' {
			k++ // (a bracket after the name holds its id: 田中 久子(利用者ID:U-000412))
		}
		if k == word || k < len(s) && s[k] == '=' || s[k-1] == ':' || !(s[word] >= 'A' && s[word] <= 'Z' || s[word] >= 0x80) || keyWordFollows(s, k) {
			break // (a word of the next key: Отображаемое имя: X Y Z Имя участника:)
		}
		end = k
	}
	return end
}

// addressValueEnd extends a place's value that ends at s[end] over the words of a postal
// address: up to twelve more words separated by one blank (or ", "), which hold a digit
// (a house number, a postal code), stopping before the next key ("Key:", key=), a
// telephone's label (τηλ. +30 ...), a field separator or a second blank. It returns end
// when no digit follows, as a place's name has none.
func addressValueEnd(s []byte, end int, keys *rawKeyTable) int {
	stop, digit := end, end > 0 && isDigit(s[end-1]) // (a number first: 22 Clarendon Road)
	for words := 0; words < 12; words++ {
		k := stop
		if k < len(s) && s[k] == ',' {
			k++
		}
		if k+1 >= len(s) || s[k] != ' ' || s[k+1] == ' ' || s[k+1] == '|' || s[k+1] == '-' && k+2 < len(s) && s[k+2] == ' ' {
			break
		}
		e := k + 1
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != ';' && s[e] != '"' && s[e] != '=' && s[e] != '\t' && s[e] != '|' {
			e++
		}
		word := s[k+1 : e]
		if e < len(s) && s[e] == '=' || e+1 < len(s) && s[e] == ' ' && s[e+1] == '=' || len(word) > 1 && word[len(word)-1] == ':' && !isDigit(word[len(word)-2]) ||
			keyStartsAt(s, k+1, keys) && bytes.IndexByte(word, ':') < 0 || inLower(phoneWords, bytes.TrimRight(word, ".:")) {
			break // (No:41 and D:5 are a Turkish address's number and door)
		}
		if bytes.ContainsAny(word, "0123456789") {
			digit = true
		}
		stop = e
	}
	if !digit {
		return end
	}
	return stop
}

// surnameCommaGiven reports a person's name written "Surname, Given": a capitalized
// word, a comma and a blank, and a listed given name.
func surnameCommaGiven(v []byte) bool {
	c := bytes.Index(v, []byte(", "))
	if c < 2 || len(v)-c-2 < 2 || !(v[0] >= 'A' && v[0] <= 'Z' || v[0] >= 0x80) || nameWordEnd(v, 0) != c {
		return false
	}
	given := v[c+2:]
	if dash := bytes.IndexByte(given, '-'); dash > 0 && categories.IsGivenName(given[dash+1:]) {
		given = given[:dash] // Krüger, Anna-Lena: each part a given name
	}
	return categories.IsGivenName(given) && nameWordEnd(v, c+2) == len(v)
}

// surnameCommaName reports a person's name written "Surname, Given" where a login goes:
// with a listed given name, or two capitalized name words of which neither is a
// well-known account (a list of accounts, "Administrator, Guest", stays a list).
func surnameCommaName(v []byte) bool {
	if surnameCommaGiven(v) {
		return true
	}
	c := bytes.Index(v, []byte(", "))
	if c > 1 && upperWordEnd(v, 0) == c {
		// In capitals, as EHRs export it, a middle initial after the given name:
		// "LINDQVIST, ERIK", "ABERNATHY, CLARA J". The given name must be one.
		e := upperWordEnd(v, c+2)
		if e > c+2 && (e == len(v) || e+2 == len(v) && v[e] == ' ' && v[e+1] >= 'A' && v[e+1] <= 'Z') &&
			categories.IsGivenName(v[c+2:e]) {
			return true
		}
	}
	return c > 1 && nameWordEnd(v, 0) == c && nameWordEnd(v, c+2) == len(v) &&
		!categories.IsWellKnownAccount(v[:c]) && !categories.IsWellKnownAccount(v[c+2:])
}

// nonStopUserAt reports a NonStop user name at s[i:j], GROUP.USER in capitals (one to
// eight letters and digits each), followed by its group and user numbers: (112,45).
func nonStopUserAt(s []byte, i, j int) bool {
	dot := bytes.IndexByte(s[i:j], '.')
	if dot < 1 || dot > 8 || j-i-dot-1 < 1 || j-i-dot-1 > 8 || !upperAlnum(s[i:i+dot]) || !upperAlnum(s[i+dot+1:j]) ||
		s[i] < 'A' || s[i] > 'Z' || s[i+dot+1] < 'A' || s[i+dot+1] > 'Z' {
		return false
	}
	k := j + 1
	d := k
	for k < len(s) && isDigit(s[k]) && k-d < 3 {
		k++
	}
	if k == d || k >= len(s) || s[k] != ',' {
		return false
	}
	k++
	d = k
	for k < len(s) && isDigit(s[k]) && k-d < 3 {
		k++
	}
	return k > d && k < len(s) && s[k] == ')'
}

// zosSystemName returns the span of the system name in a z/OS SYSLOG or OPERLOG line's
// header: the record type and request flag, seven hex digits of routing codes, the
// system name (one to eight characters), then the date (yyddd or yyyyddd) and the time
// (N 4000000 PRD1     25063 08:14:22.91 ...), or 0, 0.
func zosSystemName(s []byte) (int, int) {
	if len(s) < 36 || s[0] < 'A' || s[0] > 'Z' || s[1] != ' ' && (s[1] < 'A' || s[1] > 'Z') {
		return 0, 0
	}
	k := 2
	for n := 0; n < 7; n++ {
		if c := s[k+n]; !isDigit(c) && (c < 'A' || c > 'F') {
			return 0, 0
		}
	}
	k += 7
	if s[k] != ' ' {
		return 0, 0
	}
	start := k + 1
	end := start
	for end < len(s) && end-start <= 8 && (isDigit(s[end]) || s[end] >= 'A' && s[end] <= 'Z' || s[end] == '$' || s[end] == '#' || s[end] == '@') {
		end++
	}
	if end == start || end-start > 8 || end >= len(s) || s[end] != ' ' {
		return 0, 0
	}
	d := end
	for d < len(s) && s[d] == ' ' {
		d++
	}
	n := d
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n-d != 5 && n-d != 7 || n+12 > len(s) || s[n] != ' ' || s[n+3] != ':' || s[n+6] != ':' || s[n+9] != '.' {
		return 0, 0
	}
	return start, end
}

// passwdEntry reads "USER:x:UID:GID:" at s[i] and returns where the user ends and where
// the GECOS field starts and ends.
func passwdEntry(s []byte, i int) (userEnd, gecos, gecosEnd int, ok bool) {
	k := i
	for k < len(s) && k-i < 33 && (isAlnum(s[k]) || s[k] == '_' || s[k] == '.' || s[k] == '-') {
		k++
	}
	if k == i || !isLetter(s[i]) && s[i] != '_' || !hasPrefixAt(s, k, ":x:") && !hasPrefixAt(s, k, ":*:") && !hasPrefixAt(s, k, ":!:") {
		return 0, 0, 0, false
	}
	userEnd = k
	k += 3
	for field := 0; field < 2; field++ {
		d := k
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == d || k >= len(s) || s[k] != ':' {
			return 0, 0, 0, false
		}
		k++
	}
	gecos = k
	for k < len(s) && s[k] != ':' && s[k] != '\n' {
		k++
	}
	return userEnd, gecos, k, true
}

// keyWordFollows reports whether the word after s[k] (a blank first) is in lower case and
// ends in ':', as the later words of a key of several do (Имя участника-пользователя:): the
// word before it starts that key. (Before "IP:" a name's word is still the name's.)
func keyWordFollows(s []byte, k int) bool {
	if k+1 >= len(s) || s[k] != ' ' {
		return false
	}
	e := k + 1
	for e < len(s) && s[e] != ' ' && e-k < 64 {
		e++
	}
	r, _ := utf8.DecodeRune(s[k+1:])
	return e > k+1 && s[e-1] == ':' && unicode.IsLower(r)
}

// digitsEnd returns how many leading bytes of v are digits.
func digitsEnd(v []byte) int {
	k := 0
	for k < len(v) && isDigit(v[k]) {
		k++
	}
	return k
}

// netBefore reports whether Windows' net command, and blanks, come right before s[i].
func netBefore(s []byte, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == i {
		return false
	}
	if k > 0 && s[k-1] == '"' {
		k-- // "C:\Windows\system32\net.exe" use
	}
	if k >= 4 && equalFold(s[k-4:k], ".exe") {
		k -= 4
	}
	if k >= 1 && s[k-1] == '1' {
		k-- // net1, which net runs
	}
	return k >= 3 && equalFold(s[k-3:k], "net") && (k == 3 || !isAlnum(s[k-4]))
}

// archiverBefore reports whether the command line before s[i] runs 7-Zip or RAR, whose
// -p switch takes the archive's password glued to it.
func archiverBefore(s []byte, i int) bool {
	before := s[max(0, i-256):i]
	before = before[bytes.LastIndexAny(before, ";|&")+1:] // the same command only
	for _, name := range [...]string{"7z", "7za", "7zz", "7zr", "rar", "unrar", "winrar", "WinRAR", "Rar"} {
		// Every occurrence: the archive's name (x.7z) may come after the command's.
		for k := 0; ; {
			n := bytes.Index(before[k:], []byte(name))
			if n < 0 {
				break
			}
			k += n
			after := k + len(name)
			if len(before)-after >= 4 && equalFold(before[after:after+4], ".exe") {
				after += 4
			}
			if (k == 0 || bytes.IndexByte([]byte(` /\="`), before[k-1]) >= 0) && after < len(before) && (before[after] == ' ' || before[after] == '"') {
				return true
			}
			k++
		}
	}
	return false
}

// argEnd returns where the command-line argument that starts at s[start] ends.
func argEnd(s []byte, start int) int {
	end := start
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != '"' && s[end] != '\'' && s[end] != '\r' && s[end] != '\n' {
		end++
	}
	return end
}

// commandArgEnd is argEnd for a protocol command's argument, which a line break ends
// also when the payload writes it as text (USER jdoe\r\nPASS x).
func commandArgEnd(s []byte, start int) int {
	end := argEnd(s, start)
	if k := bytes.IndexByte(s[start:end], '\\'); k >= 0 && textEscapeAt(s, start+k) {
		return start + k
	}
	return end
}

// credentialsValue rewrites USER:PASSWORD (curl -u), or a user alone, at s[start:end]
// and returns the end.
func (w *worker) credentialsValue(s []byte, start, end, base int) int {
	colon := bytes.IndexByte(s[start:end], ':')
	if colon < 0 {
		w.contextValue(categories.Username, s, start, end, base)
		return end
	}
	if colon > 0 {
		w.contextValue(categories.Username, s, start, start+colon, base)
	}
	if start+colon+1 < end {
		w.contextValue(categories.Secret, s, start+colon+1, end, base)
	}
	return end
}

// mysqlCommandBefore reports whether the command that s[i] is an argument of is mysql's
// (mysql, mysqldump, mysqladmin, mariadb, with or without a path).
func mysqlCommandBefore(s []byte, i int) bool {
	return commandBefore(s, i, "mysql", true) || commandBefore(s, i, "mariadb", true)
}

// base64Padded reports whether v is base64 that ends in its padding (Basic
// amRvZTpzZWNyZXQxMjM=): no '=' before the padding.
func base64Padded(v []byte) bool {
	n := len(v)
	for n > 0 && v[n-1] == '=' {
		n--
	}
	return n >= 4 && len(v)-n <= 2 && bytes.IndexByte(v[:n], '=') < 0
}

// credentialsEnd extends a secret value s[at:end] that is an authentication scheme
// (Authorization: Bearer TOKEN) over the credentials after it. Digest's credentials are
// key="value" pairs, which the scan reads on its own.
func credentialsEnd(s []byte, at, end int) int {
	if end >= len(s) || s[end] != ' ' || authSchemeLen(s[at:end+1]) == 0 || equalFold(s[at:end], "Digest") {
		return end
	}
	k := end
	for k < len(s) && s[k] == ' ' {
		k++
	}
	next := k
	for k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '"' && s[k] != ';' && s[k] != ',' && s[k] != '\r' && s[k] != '\n' {
		k++
	}
	if k == next || s[k-1] == '=' && (k < len(s) && s[k] == '"' || !base64Padded(s[next:k])) {
		return end // OAuth oauth_consumer_key="...", ...: parameters, read on their own
	}
	return k
}

// paramAuthScheme reports whether the value s[start:end] is an authentication scheme
// whose credentials follow as name=value parameters (Digest, OAuth 1.0, HTTP
// Signatures, Hawk): the scheme stays, and the scan reads the parameters by their names.
func paramAuthScheme(s []byte, start, end int) bool {
	if end+2 >= len(s) || s[end] != ' ' || !equalFoldAny(s[start:end], "Digest", "OAuth", "Signature", "Hawk") {
		return false
	}
	k := end + 1
	for k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-') {
		k++
	}
	return k > end+1 && k < len(s) && s[k] == '='
}

// dnKeyName returns a DN attribute name in upper case, as dnKeys holds it: LDAP servers
// write them in lower case (uid=jdoe,ou=people,dc=example,dc=com). A name too long to be
// one (SERIALNUMBER is the longest) is returned as "".
func dnKeyName(name []byte) string {
	if len(name) > 12 {
		return ""
	}
	var buf [12]byte
	for i, c := range name {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(name)])
}

// keyFollows reports whether a key= starts at s[i]: letters, digits, '_', '.' or '-',
// then '='.
func keyFollows(s []byte, i int) bool {
	k := i
	for k < len(s) && k < i+64 && (isAlnum(s[k]) || s[k] == '_' || s[k] == '.' || s[k] == '-') {
		k++
	}
	return k > i && k < len(s) && s[k] == '='
}

// xmlElementValue reads the XML element that opens at s[i] ('<'): a Windows event's
// <Data Name="TargetUserName">jdoe</Data>, or <TargetUserName>jdoe</TargetUserName>. It
// returns the span of the element's text and its category by the name, or "" when the
// name says nothing or the element holds markup.
func (w *worker) xmlElementValue(s []byte, i int) (start, end int, category string) {
	k := i + 1
	for k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == ':' || s[k] == '.') {
		k++
	}
	tag := s[i+1 : k]
	var name []byte
	switch {
	case k < len(s) && s[k] == '>':
		name = tag
		start = k + 1
	case k < len(s) && s[k] == ' ' && (hasPrefixAt(s, k, ` Name="`) || hasPrefixAt(s, k, ` Name='`)):
		// Splunk's XmlWinEventLog quotes the attribute with '.
		quote := s[k+len(` Name=`)]
		q := k + len(` Name="`)
		e := q
		for e < len(s) && s[e] != quote && e-q < 64 {
			e++
		}
		if e+1 >= len(s) || s[e] != quote || s[e+1] != '>' {
			return 0, 0, ""
		}
		name = s[q:e]
		start = e + 2
	case k < len(s) && s[k] == ' ':
		// Other attributes name no value (NPS: <Computer-Name data_type="1">NPS01</...>):
		// the tag does.
		gt := bytes.IndexByte(s[k:min(len(s), k+128)], '>')
		if gt < 0 || bytes.IndexByte(s[k:k+gt], '<') >= 0 || s[k+gt-1] == '/' {
			return 0, 0, ""
		}
		name = tag
		start = k + gt + 1
	default:
		return 0, 0, ""
	}
	if len(name) == 0 || len(name) > 64 {
		return 0, 0, ""
	}
	end = start
	for end < len(s) && s[end] != '<' {
		end++
	}
	if end == start || end+1 >= len(s) || s[end+1] != '/' || bytes.IndexByte(s[start:end], '>') >= 0 {
		return 0, 0, "" // empty, or markup inside (a stray '>': <Nm>PstlAdr></PstlAdr> is no element's text)
	}
	category = w.e.rawKeys.lookup(name)
	if local := name[max(bytes.LastIndexByte(name, ':'), bytes.LastIndexByte(name, '.'))+1:]; category == "" && len(local) < len(name) && len(local) > 0 {
		// A namespace's prefix or a StUF path says nothing: <ns2:svNummer>, <BG:inp.bsn>
		category = w.e.rawKeys.lookupAssigned(local)
	}
	if category == "" && w.e.winlog != nil {
		w.scratch = append(append(w.scratch[:0], "Event.EventData."...), name...)
		category, _ = w.e.winlog.Category(w.scratch)
	}
	if category == "none" {
		category = ""
	}
	return start, end, category
}

// displayNameEnd returns the end of the display name of an email address that starts
// with the word s[i:j] (Jane Doe <jdoe@example.com>, "Jane Doe" <jdoe@...>): one to four
// capitalized words, then " <" and an address with an '@' before '>'. It returns i when
// there is none.
func displayNameEnd(s []byte, i, j int) int {
	if !capitalizedWord(s[i:j]) {
		return i
	}
	end := j
	quoted := i > 0 && s[i-1] == '"'
	for words := 1; words < 4 && end+1 < len(s) && (s[end] == ' ' || quoted && words == 1 && s[end] == ',' && end+2 < len(s) && s[end+1] == ' '); words++ {
		if s[end] == ',' {
			end++ // "Okonkwo, Grace" <grace@...>: surname first, quoted
		}
		if s[end+1] < 'A' || s[end+1] > 'Z' {
			break
		}
		k := end + 1
		for k < len(s) && s[k] != ' ' && s[k] != '"' {
			k++
		}
		if !capitalizedWord(s[end+1 : k]) {
			break
		}
		end = k
	}
	after := end
	if after < len(s) && s[after] == '"' && i > 0 && s[i-1] == '"' {
		after++
		if after < len(s) && s[after] == '"' && i > 1 && s[i-2] == '"' {
			after++ // a CSV cell's doubled quotes: ""Johann Huber"" <+4989417725>
		}
	}
	if after+1 >= len(s) || s[after] != ' ' || s[after+1] != '<' {
		return i
	}
	close := bytes.IndexByte(s[after+2:min(len(s), after+2+256)], '>')
	if close <= 0 || bytes.IndexByte(s[after+2:after+2+close], '@') <= 0 && !(quoted && callerNumber(s[after+2:after+2+close])) {
		return i
	}
	if end == j && i > 0 && s[i-1] != '"' && s[i-1] != ' ' && s[i-1] != ':' {
		return i
	}
	if inLower(notNameWords, s[i:j]) || end == j && inLower(knownVendors, s[i:j]) {
		return i // a program's mail: From: Anacron <root@...>, Cron Daemon <...>, GitLab <...>
	}
	return end
}

// callerNumber reports whether v is a caller id's number, as telephone systems write it
// after the caller's quoted name ("Johann Huber" <+4989417725>, "Empfang" <211>).
func callerNumber(v []byte) bool {
	if len(v) > 0 && v[0] == '+' {
		v = v[1:]
	}
	return len(v) >= 2 && len(v) <= 16 && isDigitsOnly(v)
}

// otherScriptDisplayNameEnd returns the end of a display name written in a script other
// than Latin that starts with the word s[i:j]: up to four words of letters, then (a
// closing quote when one opened it) " <" and an address; or i.
func otherScriptDisplayNameEnd(s []byte, i, j int) int {
	if !hasOtherScriptLetter(s[i:j]) || hasLetter(s[i:j]) {
		return i
	}
	end := j
	for words := 1; words < 4 && end+1 < len(s) && s[end] == ' ' && s[end+1] >= 0x80; words++ {
		k := end + 1
		for k < len(s) && s[k] != ' ' && s[k] != '"' && s[k] != '<' {
			k++
		}
		if !hasOtherScriptLetter(s[k-1-min(k-end-2, 3):k]) && !hasOtherScriptLetter(s[end+1:k]) {
			break
		}
		end = k
	}
	after := end
	if quoted := i > 0 && s[i-1] == '"'; quoted && after < len(s) && s[after] == '"' {
		after++ // "佐藤 花子" <...>; a quote may also hold the address: 收件人="王芳 <...>"
	}
	if after+1 >= len(s) || s[after] != ' ' || s[after+1] != '<' {
		return i
	}
	close := bytes.IndexByte(s[after+2:min(len(s), after+2+256)], '>')
	if close <= 0 || bytes.IndexByte(s[after+2:after+2+close], '@') <= 0 {
		return i
	}
	return end
}

// lastNonBlank returns the last byte of s that is no blank or line end, or 0.
func lastNonBlank(s []byte) byte {
	for k := len(s) - 1; k >= 0; k-- {
		switch s[k] {
		case ' ', '\t', '\n', '\r':
		default:
			return s[k]
		}
	}
	return 0
}

// jsonPairValue reads a JSON key and string value written in text, the key s[i:j]
// quoted: "user":"jdoe", "user": "jdoe", or escaped as in a string, \"user\":\"jdoe\".
// It returns the value's span; a value cut short runs to the end of s.
func jsonPairValue(s []byte, i, j int) (start, end int, ok bool) {
	quote := `"`
	if i >= 2 && s[i-2] == '\\' {
		quote = `\"`
	} else if i >= 2 && s[i-2] == '"' {
		quote = `""` // JSON in a CSV field, its quotes doubled: Moodle's logstore "{""username"":""jdoe""}"
	}
	if !hasPrefixAt(s, j, quote) {
		return 0, 0, false
	}
	k := skipBlanks(s, j+len(quote))
	if k >= len(s) || s[k] != ':' {
		return 0, 0, false
	}
	k = skipBlanks(s, k+1)
	if !hasPrefixAt(s, k, quote) {
		return 0, 0, false
	}
	start = k + len(quote)
	for end = start; end < len(s); end++ {
		if hasPrefixAt(s, end, quote) && (quote == `\"` || s[end-1] != '\\') {
			break
		}
		if quote == `"` && s[end] == '\\' {
			end++ // an escaped byte
		}
	}
	return start, min(end, len(s)), true
}

// pythonPairValue returns the value of a Python dict's pair whose key's closing quote is
// at s[j]: "': 'value'", a string in single quotes with no escape, within 256 bytes.
func pythonPairValue(s []byte, j int) (start, end int, ok bool) {
	k := skipBlanks(s, j+2)
	list := k+1 < len(s) && s[k] == '[' && s[k+1] == '\''
	if list {
		k++ // a list of one value, as SAML attributes are parsed: 'familyName': ['Ferrandi']
	}
	if k >= len(s) || s[k] != '\'' {
		return 0, 0, false
	}
	close := bytes.IndexByte(s[k+1:min(len(s), k+257)], '\'')
	if close <= 0 || bytes.IndexByte(s[k+1:k+1+close], '\\') >= 0 {
		return 0, 0, false
	}
	if e := k + 2 + close; list && (e >= len(s) || s[e] != ']' || bytes.Count(s[k+1:k+1+close], []byte(" ")) > 2) {
		return 0, 0, false // (Django REST framework's errors are lists of sentences: {'phone': ['Le numéro ...']})
	}
	return k + 1, k + 1 + close, true
}

// unixUserDict reports whether s, the rest of a Python dict after its 'name', has the
// keys of a Unix account (Ansible's user module): 'comment', 'groups', 'shell', 'uid'.
func unixUserDict(s []byte) bool {
	if close := bytes.IndexByte(s, '}'); close >= 0 {
		s = s[:close]
	}
	for _, k := range [...]string{"'comment':", "'groups':", "'shell':", "'uid':", "'home':"} {
		if bytes.Contains(s, []byte(k)) {
			return true
		}
	}
	return false
}

// quotedArgAfter returns the quoted value of the next argument at s[k:] (", 'x'" or ",'x'"),
// quoted as q, within 256 bytes and with no escape; start == end when there is none.
func quotedArgAfter(s []byte, k int, q byte) (start, end int) {
	if k >= len(s) || s[k] != ',' {
		return 0, 0
	}
	k = skipBlanks(s, k+1)
	if k >= len(s) || s[k] != q {
		return 0, 0
	}
	close := bytes.IndexByte(s[k+1:min(len(s), k+257)], q)
	if close <= 0 || bytes.IndexByte(s[k+1:k+1+close], '\\') >= 0 {
		return 0, 0
	}
	return k + 1, k + 1 + close
}

func skipBlanks(s []byte, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	return k
}

// angleAfter reports whether a '<' stands in s at j or after, within the 128 bytes a
// display name and its blanks can take; *angle caches where the next one is.
func angleAfter(s []byte, j int, angle *int) bool {
	if *angle == -1 {
		return false
	}
	if *angle < j {
		k := bytes.IndexByte(s[j:], '<')
		if k < 0 {
			*angle = -1
			return false
		}
		*angle = j + k
	}
	return *angle-j <= 128
}

// quotedNameEnd returns where a quoted name that starts with the word s[i:j] ends: at
// the closing quote when every word up to it is capitalized (a display name), else j.
func quotedNameEnd(s []byte, i, j int) int {
	q := bytes.IndexByte(s[j:min(len(s), j+128)], '"')
	if q <= 0 || !capitalizedWord(s[i:j]) {
		return j
	}
	for _, word := range bytes.Fields(s[j : j+q]) {
		if !capitalizedWord(word) {
			return j
		}
	}
	return j + q
}

// arnPrincipal returns the span of the person an ARN names, whose resource type ends the
// run s[i:j] before a '/': the last part of user/[PATH/]NAME and federated-user/NAME, and
// the session of assumed-role/ROLE/SESSION (the role stays). It returns an empty span for
// other ARNs.
func arnPrincipal(s []byte, i, j int) (start, end int) {
	colon := bytes.LastIndexByte(s[i:j], ':')
	if colon < 0 {
		return 0, 0
	}
	kind := s[i+colon+1 : j]
	end = j
	for end < len(s) && (runByte[s[end]] || s[end] == '/') {
		end++
	}
	for end > j && (s[end-1] == '.' || s[end-1] == ',' || s[end-1] == ':') {
		end--
	}
	start = j + 1 + bytes.LastIndexByte(s[j+1:end], '/') + 1
	switch string(kind) {
	case "user", "federated-user":
	case "assumed-role":
		if bytes.IndexByte(s[j+1:end], '/') < 0 {
			return 0, 0 // a role alone
		}
	default:
		return 0, 0
	}
	return start, end
}

// testTally reports whether the key s[i:j] is a test run's status or tally rather than a
// password: PASS in capitals after Go's "--- " (--- PASS: TestX (0.00s)), or before a
// number and another tally (dbt, pytest: PASS=3 WARN=0 ERROR=1).
func testTally(s []byte, i, j int) bool {
	if j-i != 4 || string(s[i:j]) != "PASS" {
		return false
	}
	if i >= 4 && string(s[i-4:i]) == "--- " {
		return true
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k > j+1 && (hasPrefixAt(s, k, " WARN=") || hasPrefixAt(s, k, " FAIL=") || hasPrefixAt(s, k, " ERROR=") || hasPrefixAt(s, k, " SKIP="))
}

// weakColonSecret reports whether the value after "session:", "token:" or "secret:" (the
// run s[i:j] and a blank) is a lower-case word: prose ("Close session: user jdoe"), where
// a token has digits, capitals or length. Passwords are replaced whatever they look like.
func weakColonSecret(s []byte, i, j int) bool {
	if key := s[i : j-1]; !equalFoldAny(key, "session", "token", "secret") && !(len(key) > 6 && equalFold(key[len(key)-6:], "_token")) {
		return false // (also "Invalid id_token: nonce already used")
	}
	k := skipBlanks(s, j)
	e := k
	if e+1 < len(s) && s[e] >= 'A' && s[e] <= 'Z' && s[e+1] >= 'a' && s[e+1] <= 'z' {
		e++ // a word of prose with its capital: "aborted session: No such file"
	}
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e == k && equalFold(s[i:j-1], "session") {
		// A session's number, as IBM Storage Protect ends its messages: (SESSION: 18234).
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		return e > k && e-k <= 6 && (e == len(s) || s[e] == ')' || s[e] == ' ' || s[e] == ',')
	}
	return e > k && e-k < 12 && (e == len(s) || s[e] == ' ' || s[e] == ',' || s[e] == '.')
}

// trimLoneBrackets narrows the value s[at:end] by its blanks, an opening bracket that
// closes nowhere in it ("user: (jdoe") and a closing one that opens nowhere ("user: jdoe)").
func trimLoneBrackets(s []byte, at, end int) (int, int) {
	for at < end && (s[at] == ' ' || s[at] == '\t') {
		at++
	}
	for end > at && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	for at < end && (s[at] == '(' || s[at] == '[') && bytes.IndexByte(s[at:end], closing(s[at])) < 0 {
		at++
	}
	for end > at && (s[end-1] == ')' || s[end-1] == ']') && bytes.IndexByte(s[at:end], opening(s[end-1])) < 0 {
		end--
	}
	if end-at > 2 && (s[at] == '(' && s[end-1] == ')' || s[at] == '[' && s[end-1] == ']') &&
		bytes.IndexByte(s[at+1:end-1], s[at]) < 0 && bytes.IndexByte(s[at+1:end-1], s[end-1]) < 0 {
		at, end = at+1, end-1 // "user: (jdoe)": the brackets wrap the value
	}
	return at, end
}

// closing returns the bracket that closes open.
func closing(open byte) byte {
	if open == '(' {
		return ')'
	}
	return ']'
}

// opening returns the bracket that close closes.
func opening(close byte) byte {
	if close == ')' {
		return '('
	}
	return '['
}

// netUserArgs rewrites the arguments of "net user" after s[j]: the account, and the
// password when one follows (net user jdoe S3cret! /add), and returns where they end,
// or j when there are none (net user /domain).
func (w *worker) netUserArgs(s []byte, j, base int) int {
	if j+1 >= len(s) || s[j] != ' ' || s[j+1] == '/' {
		return j
	}
	nameEnd := argEnd(s, j+1)
	if nameEnd == j+1 {
		return j
	}
	w.where = w.label("command", []byte("net user"))
	w.contextValue(categories.Username, s, j+1, nameEnd, base)
	if nameEnd+1 < len(s) && s[nameEnd] == ' ' && s[nameEnd+1] != '/' && s[nameEnd+1] != '*' {
		pwEnd := argEnd(s, nameEnd+1)
		w.contextValue(categories.Secret, s, nameEnd+1, pwEnd, base)
		return pwEnd
	}
	return nameEnd
}

// netUsePassword rewrites the password of "net use [DEVICE] \\HOST\SHARE PASSWORD
// /user:DOMAIN\USER", a bare word after the share (or after /user:), after s[j]. The
// share and the switches are left to the scan that goes on; "*" (prompt for it) stays.
func (w *worker) netUsePassword(s []byte, j, base int) {
	k := skipBlanks(s, j)
	device := k+2 < len(s) && isLetter(s[k]) && s[k+1] == ':' && s[k+2] == ' ' ||
		k+1 < len(s) && s[k] == '*' && s[k+1] == ' '
	if device { // Z: or *, the next free letter
		k = skipBlanks(s, argEnd(s, k))
	}
	if k+2 >= len(s) || s[k] != '\\' || s[k+1] != '\\' {
		return
	}
	k = skipBlanks(s, argEnd(s, k))
	for k < len(s) && s[k] == '/' && len(s)-k > 3 && (s[k+1]|0x20 == 'u') {
		k = skipBlanks(s, argEnd(s, k)) // /user:DOMAIN\USER may come first
	}
	if k+1 < len(s) && (s[k] == '"' || s[k] == '\'') {
		// A quoted password: net use \\fs01\share /user:CORP\jdoe "pass word"
		if q := bytes.IndexByte(s[k+1:], s[k]); q > 0 {
			w.where = w.label("command", []byte("net use"))
			w.contextValue(categories.Secret, s, k+1, k+1+q, base)
		}
		return
	}
	if hasPrefixAt(s, k, "&quot;") {
		// The same in XML (a Windows event's CommandLine): &quot;pass word&quot;
		if q := bytes.Index(s[k+6:], []byte("&quot;")); q > 0 {
			w.where = w.label("command", []byte("net use"))
			w.contextValue(categories.Secret, s, k+6, k+6+q, base)
		}
		return
	}
	if k >= len(s) || s[k] == '/' || s[k] == '*' {
		return
	}
	end := argEnd(s, k)
	w.where = w.label("command", []byte("net use"))
	w.contextValue(categories.Secret, s, k, end, base)
}

// secureStringLiteral returns the span of the quoted string that ConvertTo-SecureString,
// ending at s[j], is given (with or without -String), or an empty span.
func secureStringLiteral(s []byte, j int) (start, end int) {
	k := skipBlanks(s, j)
	if len(s)-k > 8 && equalFold(s[k:k+7], "-String") && s[k+7] == ' ' {
		k = skipBlanks(s, k+8)
	}
	if len(s)-k > 13 && equalFold(s[k:k+12], "-AsPlainText") && s[k+12] == ' ' {
		k = skipBlanks(s, k+13) // ConvertTo-SecureString -AsPlainText "PASSWORD" -Force
	}
	if k >= len(s) || s[k] != '"' && s[k] != '\'' {
		return 0, 0
	}
	q := bytes.IndexByte(s[k+1:], s[k])
	if q <= 0 {
		return 0, 0
	}
	return k + 1, k + 1 + q
}

// ibanAfterPrefix returns where an IBAN starts after a short prefix of the run s[i:j]
// that ends in ':' or '\” (iban:, N'), or i.
func ibanAfterPrefix(s []byte, i, j int) int {
	for p := i + 1; p < min(j-15, i+9); p++ {
		if (s[p-1] == ':' || s[p-1] == '\'') && s[p] >= 'A' && s[p] <= 'Z' && s[p+1] >= 'A' && s[p+1] <= 'Z' && isDigit(s[p+2]) && isDigit(s[p+3]) {
			return p
		}
	}
	return i
}

// mayBeNumberID reports whether the run s[i:j] can start a payment card number, an IBAN
// or a phone number, cheaply: most runs of digits are too short to be one.
func mayBeNumberID(s []byte, i, j int, flags runFlags) bool {
	n := j - i
	switch c := s[i]; {
	case c >= '2' && c <= '6':
		if flags == hasDigit|hasColon && s[j-1] == ':' && bytes.IndexByte(s[i:j-1], ':') < 0 {
			flags, n = hasDigit, n-1 // a number before a colon: PAN 6011991728696315: declined
		}
		if flags == hasDigit|hasDot && s[j-1] == '.' && bytes.IndexByte(s[i:j-1], '.') < 0 {
			flags, n = hasDigit, n-1 // a number that ends a sentence: sulla carta 4857450041326599.
		}
		grouped := n == 4 && j+1 < len(s) && (s[j] == ' ') && isDigit(s[j+1])
		return flags == hasDigit && (n >= 13 && n <= 19 || grouped) || flags == hasDigit|hasDash && n >= 16 && n <= 23
	case c == '+':
		return n > 1 && isDigit(s[i+1])
	case c >= 'A' && c <= 'Z':
		return n >= 4 && s[i+1] >= 'A' && s[i+1] <= 'Z' && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			((n == 4 || n == 8) && j+1 < len(s) && s[j] == ' ' || n >= 15 && n <= 34)
	}
	return false
}

// numberIDAt rewrites the payment card number, IBAN or phone number at s[i] and returns
// its end, or i when there is none or its category is off.
func (w *worker) numberIDAt(s []byte, i, base int) int {
	var n int
	var ok bool
	category := categories.IBAN
	switch {
	case s[i] == '+':
		category = categories.Phone
		n, ok = categories.PhoneAt(s[i:])
	case isDigit(s[i]):
		if articleNumberBefore(s, i) {
			return i // GLN 4012345000005, EAN, (01)...: GS1's keys pass Luhn's check too
		}
		category = categories.Card
		n, ok = categories.CardAt(s[i:])
	default:
		n, ok = categories.IBANAt(s[i:])
	}
	if !ok || !w.e.cats.on(category) || !w.keyedValue(category, s[i:i+n], base+i) {
		return i
	}
	return i + n
}

// articleWords name the GS1 numbers of goods, places and parcels (and books), which carry
// a check digit as card numbers do.
var articleWords = map[string]bool{"gln": true, "gtin": true, "ean": true, "ean13": true, "upc": true,
	"sscc": true, "isbn": true, "barcode": true, "sku": true, "article": true, "artikel": true}

// articleNumberBefore reports whether the number at s[i] is a GS1 key by what comes before
// it: an article word (GLN 40..., ean=40..., EAN: 40...) or an application identifier in
// parentheses ((01)040..., (414)...).
func articleNumberBefore(s []byte, i int) bool {
	if i >= 3 && s[i-1] == ')' {
		k := i - 2
		for k > 0 && isDigit(s[k]) {
			k--
		}
		return s[k] == '(' && i-2-k >= 2 && i-2-k <= 4
	}
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '=' || s[k-1] == '"' || s[k-1] == '#') && i-k < 4 {
		k--
	}
	w := k
	for w > 0 && isAlnum(s[w-1]) {
		w--
	}
	return k-w >= 3 && k-w <= 7 && inLower(articleWords, s[w:k])
}

// mayBeNationalID reports whether the run s[i:j] can start a national identification
// number that NationalIDAt finds, cheaply: by the run's length and what follows it.
func mayBeNationalID(s []byte, i, j int, flags runFlags) bool {
	n, c := j-i, s[i]
	if flags&^(hasDigit|hasDash|hasDot) != 0 || flags&hasDigit == 0 && n != 2 {
		return false
	}
	switch {
	case isDigit(c):
		switch n {
		case 1: // NIR in groups: 1 85 05 78 006 084 36
			return j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ' '
		case 2: // Sozialversicherungsnummer in groups: 65 170839 J 003
			return j+7 < len(s) && s[j] == ' ' && isDigit(s[j+1])
		case 6: // rodné číslo: 710319/2745
			return j+4 < len(s) && s[j] == '/' && isDigit(s[j+1])
		case 4: // título de eleitor in groups: 5527 2756 0132 (not a card's 4111 1111 1111 1111)
			return j+10 <= len(s) && s[j] == ' ' && isDigitsOnly(s[j+1:j+5]) && s[j+5] == ' ' && isDigitsOnly(s[j+6:j+10]) &&
				!(j+11 < len(s) && s[j+10] == ' ' && isDigit(s[j+11]))
		}
		// The lengths of the layouts (letters are in the run, but set no flag): DNI,
		// henkilötunnus with a letter for its century, Sozialversicherungsnummer, NIR;
		// DNI with its dash, henkilötunnus, personnummer and SSN; AHV; rijksregisternummer.
		switch flags {
		case hasDigit:
			return n == 9 || n == 11 || n == 12 || n == 15
		case hasDigit | hasDash:
			return n == 10 || n == 11 || n == 13 || n == 14 || n == 18 // ..., a 12-digit personnummer, a Belgian eID card's number, an Emirates ID
		case hasDigit | hasDot:
			return n == 16
		}
		return n == 15 || n == 12 || n == 14 // rijksregisternummer; DNI with dots; CPF
	case c >= 'A' && c <= 'Z':
		return n == 2 && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) || n == 9 || n == 11 || n == 16
	}
	return false
}

// sqlValuesAt reads SQL's INSERT INTO t (col, ...) VALUES ('v', ...) at the word VALUES
// s[i:j]: a literal whose column names a category (full_name, email, cnp, iban) is read
// as a value of it, the text before it is scanned as text. Only the first row is read;
// what follows is left to the scan. It returns the end of the last literal read, or i.
func (w *worker) sqlValuesAt(s []byte, i, j int, mode textMode, delim byte, base int) int {
	k := i - 1
	for k >= 0 && s[k] == ' ' {
		k--
	}
	if k < 1 || s[k] != ')' {
		return i
	}
	open := bytes.LastIndexByte(s[max(0, k-1024):k], '(')
	if open < 0 {
		return i
	}
	open += max(0, k-1024)
	var cats [64]string
	n, named := 0, false
	for col := range bytes.SplitSeq(s[open+1:k], []byte{','}) {
		col = bytes.Trim(col, " \"`[]")
		if n == len(cats) || len(col) == 0 || !sqlIdentifier(col) {
			return i
		}
		if c := w.e.rawKeys.lookupAssigned(col); c != categories.Time {
			cats[n] = c
			named = named || c != ""
		}
		n++
	}
	p := skipBlanks(s, j)
	if !named || p >= len(s) || s[p] != '(' {
		return i
	}
	p++
	pos := j // the text up to here is scanned
	for v := 0; p < len(s) && v < n; v++ {
		p = skipBlanks(s, p)
		if p < len(s) && s[p] == '\'' {
			q := p + 1
			for q < len(s) && !(s[q] == '\'' && (q+1 == len(s) || s[q+1] != '\'')) {
				if s[q] == '\'' || s[q] == '\\' {
					q++ // '' and \' quote a quote
				}
				q++
			}
			if q >= len(s) {
				break
			}
			if cats[v] != "" && q > p+1 {
				w.scanFrom(s[:p+1], pos, mode, delim, base)
				w.where = w.label("sql", s[open+1:k])
				w.contextValue(cats[v], s, p+1, q, base)
				pos = q
			}
			p = q + 1
		} else {
			for p < len(s) && s[p] != ',' && s[p] != ')' && s[p] != '(' {
				p++ // a number, NULL, a parameter
			}
		}
		p = skipBlanks(s, p)
		if p >= len(s) || s[p] != ',' {
			break
		}
		p++
	}
	if pos == j {
		return i
	}
	return pos
}

// sqlInListAt reads the literals of SQL's "column IN ('a', 'b')" after IN, at s[j:], as
// values of the column's category, and returns the end of the list, or j when the column
// names none or the list holds anything but quoted literals.
func (w *worker) sqlInListAt(s []byte, j int, column []byte, base int) int {
	column = column[bytes.LastIndexByte(column, '.')+1:]
	cat := w.e.rawKeys.lookupAssigned(column)
	p := skipBlanks(s, j)
	if cat == "" || cat == categories.Time || p >= len(s) || s[p] != '(' {
		return j
	}
	var spans [16]span
	n := 0
	for p++; p < len(s) && n < len(spans); {
		p = skipBlanks(s, p)
		if p >= len(s) || s[p] != '\'' {
			return j
		}
		q := bytes.IndexByte(s[p+1:min(len(s), p+258)], '\'')
		if q <= 0 {
			return j
		}
		spans[n] = span{p + 1, p + 1 + q}
		n++
		p = skipBlanks(s, p+2+q)
		if p < len(s) && s[p] == ')' {
			w.where = w.label("sql", column)
			for _, sp := range spans[:n] {
				w.contextValue(cat, s, sp.start, sp.end, base)
			}
			return p + 1
		}
		if p >= len(s) || s[p] != ',' {
			return j
		}
		p++
	}
	return j
}

// postgresLevelAfter reports whether PostgreSQL's message level follows at s[k], perhaps
// after the client's address: LOG:, ERROR:, FATAL:, STATEMENT:, DETAIL:, WARNING:.
func postgresLevelAfter(s []byte, k int) bool {
	if k < len(s) && isDigit(s[k]) || k+1 < len(s) && s[k] == '[' {
		if sp := bytes.IndexByte(s[k:min(len(s), k+48)], ' '); sp > 0 {
			k += sp + 1 // the client's address
		}
	}
	for _, level := range [...]string{"LOG:", "ERROR:", "FATAL:", "STATEMENT:", "DETAIL:", "WARNING:", "HINT:", "PANIC:"} {
		if hasPrefixAt(s, k, level) {
			return true
		}
	}
	return false
}

// goStructAt reads a Go struct as %+v prints it at s[i] ('{'): fields Key:value apart by
// blanks, a value running to the next " Key:" or the closing '}', structs nested. A value
// whose key names a category is read as one (Email:, Phone:, City:, Password:, and Name:
// when it holds two to four capitalized words); the others are scanned as text. It
// returns the end of the struct, or i when s[i:] is none (two fields at least).
func (w *worker) goStructAt(s []byte, i int, mode textMode, delim byte, base int) int {
	end, fields := goStructEnd(s, i)
	if end <= i || fields < 2 {
		return i
	}
	where := w.where
	defer func() { w.where = where }()
	p := i + 1
	for p < end-1 {
		k := p
		for k < end && (isAlnum(s[k]) || s[k] == '_') {
			k++
		}
		key := s[p:k]
		v := k + 1 // after the ':'
		ve := goFieldEnd(s, v, end-1)
		if v < ve && s[v] == '{' {
			if e := w.goStructAt(s, v, mode, delim, base); e > v {
				p = skipBlanks(s, e)
				continue
			}
		}
		cat := w.e.rawKeys.lookupAssigned(key)
		if cat == "" && string(key) == "Name" && personWords(s[v:ve]) {
			cat = categories.Fullname
		}
		switch {
		case ve <= v:
		case cat != "" && cat != categories.Time:
			w.where = w.label("go", key)
			w.contextValue(cat, s, v, ve, base)
		default:
			w.where = where
			w.scanFrom(s[:ve], v, mode, delim, base)
		}
		p = skipBlanks(s, ve)
	}
	return end
}

// goStructEnd returns the end of a %+v struct at s[i] ('{') and how many fields it has at
// its own level, or i: every field is Key: with a capital, and the braces balance within
// 4 KiB.
func goStructEnd(s []byte, i int) (end, fields int) {
	depth := 0
	limit := min(len(s), i+4096)
	for k := i; k < limit; k++ {
		switch s[k] {
		case '{':
			depth++
			if k+1 < limit && s[k+1] != '}' && !goKeyAt(s, k+1) {
				return i, 0
			}
			if depth == 1 {
				fields++
			}
		case '}':
			depth--
			if depth == 0 {
				return k + 1, fields
			}
		case ' ':
			if depth == 1 && goKeyAt(s, k+1) {
				fields++
			}
		case '"', '\n':
			return i, 0 // JSON, or a line's end
		}
	}
	return i, 0
}

// goKeyAt reports a struct field's name at s[k]: a capital, letters and digits, ':'.
func goKeyAt(s []byte, k int) bool {
	if k >= len(s) || s[k] < 'A' || s[k] > 'Z' {
		return false
	}
	e := k + 1
	for e < len(s) && e-k <= 40 && (isAlnum(s[e]) || s[e] == '_') {
		e++
	}
	return e < len(s) && s[e] == ':' && e+1 < len(s) && s[e+1] != ' ' && s[e+1] != ':'
}

// goFieldEnd returns where the value at s[v] ends: before the next " Key:" at its level,
// or at limit (the struct's '}').
func goFieldEnd(s []byte, v, limit int) int {
	depth := 0
	for k := v; k < limit; k++ {
		switch s[k] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case ' ':
			if depth <= 0 && goKeyAt(s, k+1) {
				return k
			}
		}
	}
	return limit
}

// personWords reports two to four capitalized words: a person's name as a value.
func personWords(v []byte) bool {
	words := 0
	for w := range bytes.FieldsSeq(v) {
		if !capitalizedWord(w) && !capitalWordAnyScript(w) {
			return false
		}
		words++
	}
	return words >= 2 && words <= 4
}

// sqlIdentifier reports a column's name: letters, digits, '_' and '.'.
func sqlIdentifier(b []byte) bool {
	for _, c := range b {
		if !isAlnum(c) && c != '_' && c != '.' {
			return false
		}
	}
	return isLetter(b[0]) || b[0] == '_'
}

// idAfterPrefix returns where the identifier starts in a run that opens with a prefix
// naming it (see the scan), and its category, or 0, "".
func idAfterPrefix(v []byte, flags runFlags) (int, string) {
	switch {
	case v[5] == '-' && etsiIdentifierPrefix(v[:5]) && idNumberShaped(v[6:]):
		return 6, categories.NationalID
	case len(v) == 19 && flags == hasDigit|hasColon && hasPrefixAt(v, 0, "s00000000:"):
		return 10, categories.NationalID
	case (flags == hasDigit|hasDash || flags == hasDigit|hasColon) && len(v) > 12:
		if p := subscriberIDStart(v); p > 0 {
			return p, categories.DeviceID
		}
	}
	return 0, ""
}

// subscriberIDStart returns where the identifier starts in a 3GPP subscriber or device
// name (imsi-, imei-, imeisv-, imsi:, imei:, and a SUCI of the null scheme, whose last
// group is the MSIN in clear), or 0.
func subscriberIDStart(v []byte) int {
	for _, p := range [...]string{"imsi-", "imei-", "imeisv-", "imsi:", "imei:"} { // (ETSI X1's targets: imsi:262...)
		if len(v) > len(p)+12 && string(v[:len(p)]) == p && isDigitsOnly(v[len(p):]) {
			return len(p)
		}
	}
	if len(v) > 20 && string(v[:7]) == "suci-0-" && bytes.Count(v, []byte("-")) == 7 && hasPrefixAt(v, bytes.LastIndexByte(v, '-')-4, "-0-0") {
		if last := bytes.LastIndexByte(v, '-') + 1; isDigitsOnly(v[last:]) && len(v)-last >= 5 {
			return last
		}
	}
	return 0
}

// mayBeDeviceID reports whether the run s[i:j] can be a device identifier that
// DeviceIDAt finds, cheaply: an IMEI (15 digits, or 2-6-6-1), an ICCID (19 or 20, or in
// groups of four), an EID (32), a VIN (17, letters among them, which set no flag) or an
// NXP chip's id (04 and 12 hexadecimal digits).
func mayBeDeviceID(s []byte, i, j int, flags runFlags) bool {
	switch n := j - i; flags {
	case hasDigit:
		return n == 15 && isDigit(s[i]) || n == 17 || n == 14 && (s[i] == '0' && s[i+1] == '4' || isDigit(s[i]) && s[i+1] >= 'A' && s[i+1] <= 'Z') ||
			(n == 19 || n == 20 || n == 32) && s[i] == '8' && s[i+1] == '9' ||
			j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && (n == 2 || n == 4 && s[i] == '8' && s[i+1] == '9') || // 35 209900 176148 1, 8944 1100 ...
			n == 12 && s[i] >= 'A' && s[i] <= 'Z' // a PON terminal's serial: HWTC615B69BF
	case hasDigit | hasDash:
		return n == 18 && s[i+2] == '-' || n == 25 && s[i+8] == '-' // 35-209900-176148-1, 00008120-001A45E23C90A01E
	}
	return false
}

// nationalIDAt rewrites the national identification number at s[i] and returns its end,
// or i when there is none.
func (w *worker) nationalIDAt(s []byte, i, base int) int {
	n, ok := categories.NationalIDAt(s[i:])
	if !ok || !w.keyedValue(categories.NationalID, s[i:i+n], base+i) {
		return i
	}
	return i + n
}

// phoneGroupsEnd returns the end of a phone number written in groups (phone=+44 20 7946
// 0958, mobile=06 12 34 56 78) whose first group ends at end: the groups of digits,
// '-', '.' and brackets that follow, a blank apart, up to 15 digits in all.
func phoneGroupsEnd(s []byte, end int) int {
	digits := 0
	for k := end - 1; k >= 0 && s[k] != '=' && s[k] != ' '; k-- {
		if isDigit(s[k]) {
			digits++
		}
	}
	for end+1 < len(s) && s[end] == ' ' && (isDigit(s[end+1]) || s[end+1] == '(') {
		k, n := end+1, 0
		for k < len(s) && (isDigit(s[k]) || s[k] == '-' || s[k] == '.' || s[k] == '(' || s[k] == ')') {
			if isDigit(s[k]) {
				n++
			}
			k++
		}
		if k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != ';' && s[k] != '"' && !((s[k] == '|' || s[k] == '&') && queryKeyAt(s, k+1)) || n == 0 || digits+n > 15 {
			break // (a field's end: mobile=+31 6 12843907|result=OK, a form's PHONE=07700 900934&...)
		}
		digits += n
		end = k
	}
	return end
}

// dnsDebugNameAt rewrites a name as the Windows DNS server's debug log writes it, each
// label after its length: (8)wks-hugo(4)corp(5)local(0). The name is mapped as a host
// in dotted form and written back with the lengths of the pseudonym's labels. It returns
// the end, or i when s[i:] is no such name.
func (w *worker) dnsDebugNameAt(s []byte, i, base int) int {
	dotted := w.argText[:0]
	k := i
	labels := 0
	for {
		if k+2 >= len(s) || s[k] != '(' || k-i > 300 {
			return i // a DNS name is 255 bytes at most
		}
		n, m := 0, k+1
		for m < len(s) && isDigit(s[m]) && m-k <= 3 {
			n = n*10 + int(s[m]-'0')
			m++
		}
		if m == k+1 || m >= len(s) || s[m] != ')' || n > 63 || m+1+n > len(s) {
			return i
		}
		if n == 0 {
			k = m + 1
			break
		}
		if labels > 0 {
			dotted = append(dotted, '.')
		}
		dotted = append(dotted, s[m+1:m+1+n]...)
		labels++
		k = m + 1 + n
	}
	w.argText = dotted
	if labels < 2 || !isHostShaped(dotted) {
		return i
	}
	from := len(w.repl)
	w.where = w.label("dns", []byte("debug"))
	if !w.appendValueMemo(categories.Hostname, dotted) || bytes.Equal(w.repl[from:], dotted) {
		w.repl = w.repl[:from]
		return i
	}
	w.spare = append(w.spare[:0], w.repl[from:]...)
	w.repl = w.repl[:from]
	for _, label := range bytes.Split(w.spare, []byte(".")) {
		w.repl = append(w.repl, '(')
		w.repl = strconv.AppendInt(w.repl, int64(len(label)), 10)
		w.repl = append(w.repl, ')')
		w.repl = append(w.repl, label...)
	}
	w.repl = append(w.repl, "(0)"...)
	w.addEdit(w.lastCat, base+i, base+k, from)
	return k
}

// ansibleHost returns where the host of an Ansible result line starts and ends:
// "changed: [HOST] => ...", "ok: [HOST -> localhost]" (a delegated task), or the play
// recap's "HOST   : ok=6 changed=3 ..."; or 0, 0.
func ansibleHost(s []byte) (start, end int) {
	for _, status := range [...]string{"ok: [", "changed: [", "fatal: [", "failed: [", "skipping: [", "unreachable: ["} {
		if !bytes.HasPrefix(s, []byte(status)) {
			continue
		}
		start = len(status)
		end = start
		for end < len(s) && s[end] != ']' && s[end] != ' ' && !hasPrefixAt(s, end, "->") {
			end++
		}
		if end == start || end >= len(s) || s[end] == ' ' && !hasPrefixAt(s, end, " -> ") {
			return 0, 0
		}
		return start, end
	}
	end = 0
	for end < len(s) && end < 256 && s[end] != ' ' {
		end++
	}
	k := end
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if end == 0 || k == end || !hasPrefixAt(s, k, ": ok=") {
		return 0, 0
	}
	return 0, end
}

// sessionListUser returns the length of the user name a line of last(1) or who(1)
// starts with, or 0: a name, blanks, then a terminal (pts/N, ttyN, :N, console).
func sessionListUser(s []byte) int {
	n := 0
	for n < len(s) && n < 33 && (isAlnum(s[n]) || s[n] == '.' || s[n] == '_' || s[n] == '-') {
		n++
	}
	if n == 0 || n >= len(s) || s[n] != ' ' || !isLetter(s[0]) || isLogLevel(s[:n]) || isGenericWord(s[:n]) {
		return 0 // "INFO console ready" is no session
	}
	k := n
	for k < len(s) && s[k] == ' ' {
		k++
	}
	rest := s[k:]
	switch {
	case len(rest) > 4 && string(rest[:4]) == "pts/" && isDigit(rest[4]),
		len(rest) > 3 && string(rest[:3]) == "tty" && isDigit(rest[3]),
		len(rest) > 1 && rest[0] == ':' && isDigit(rest[1]),
		len(rest) > 7 && string(rest[:7]) == "console" && rest[7] == ' ' && sessionTimeFollows(rest[8:]):
		return n
	}
	return 0
}

// sessionTimeFollows reports whether a session list's time starts s, after blanks: a
// digit (2024-03-03, 10:02) or a capitalized day's or month's abbreviation (Mon Mar 3,
// Mar 3), as who and last write it; "serial console login" is no session.
func sessionTimeFollows(s []byte) bool {
	k := 0
	for k < len(s) && s[k] == ' ' {
		k++
	}
	s = s[k:]
	return len(s) > 0 && isDigit(s[0]) ||
		len(s) > 3 && s[0] >= 'A' && s[0] <= 'Z' && isLetter(s[1]) && isLetter(s[2]) && (s[3] == ' ' || s[3] == ',')
}

// userCommandFlags are the options of useradd, userdel and usermod that take no value,
// so that the word after them is the account.
var userCommandFlags = map[string]bool{"-m": true, "-M": true, "-r": true, "-N": true, "-U": true,
	"-l": true, "-f": true, "--force": true, "--remove": true, "--create-home": true,
	"--system": true, "--no-create-home": true, "--no-user-group": true, "-L": true, "--lock": true,
	"--unlock": true}

// accountCommandArgs rewrites the positional arguments of commands that name an account
// or set a password, after their name s[i:j], and returns where they end, or j:
// htpasswd -b[c] FILE USER PASSWORD; useradd, adduser, userdel and usermod's last
// argument (the account); chpasswd <<< "USER:PASSWORD"; echo 'PASSWORD' | sudo -S;
// echo 'USER:PASSWORD' | chpasswd.
func (w *worker) accountCommandArgs(s []byte, i, j, base int) int {
	name := s[i:j]
	if i > 0 && s[i-1] != ' ' && s[i-1] != '/' && s[i-1] != '"' && s[i-1] != '\'' || j >= len(s) || s[j] != ' ' {
		return j // a command is a word of its own and has arguments (usermod[5]: is a tag)
	}
	switch {
	case string(name) == "htpasswd":
		k := skipBlanks(s, j)
		if !hasPrefixAt(s, k, "-b") {
			return j
		}
		k = skipBlanks(s, argEnd(s, k)) // the options
		k = skipBlanks(s, argEnd(s, k)) // the file
		user := k
		k = skipBlanks(s, argEnd(s, k))
		if user >= len(s) || k >= len(s) || s[user] == '-' {
			return j
		}
		w.where = w.label("command", name)
		w.contextValue(categories.Username, s, user, argEnd(s, user), base)
		end := argEnd(s, k)
		w.contextValue(categories.Secret, s, k, end, base)
		return end
	case string(name) == "useradd" || string(name) == "adduser" || string(name) == "userdel" || string(name) == "usermod":
		// The account is the last argument: the command's end is the line's, or a
		// shell separator.
		end := j
		for end < len(s) && end-j < 512 && s[end] != ';' && s[end] != '|' && s[end] != '&' && s[end] != '\n' && s[end] != '\r' && s[end] != '\'' {
			end++
		}
		for end > j && s[end-1] == ' ' {
			end--
		}
		start := end
		for start > j && s[start-1] != ' ' {
			start--
		}
		prev := start - 1
		for prev > j && s[prev-1] != ' ' {
			prev--
		}
		if start <= j || start >= end || s[start] == '-' || !accountBytes(s[start:end]) ||
			s[prev] == '-' && !userCommandFlags[string(s[prev:start-1])] {
			return j // no last word, an option, or an option's value (-s /bin/bash)
		}
		w.where = w.label("command", name)
		w.contextValue(categories.Username, s, start, end, base)
		return j
	case string(name) == "chpasswd":
		k := skipBlanks(s, j)
		if !hasPrefixAt(s, k, "<<< ") {
			return j
		}
		k = skipBlanks(s, k+4)
		if k < len(s) && (s[k] == '"' || s[k] == '\'') {
			if q := bytes.IndexByte(s[k+1:], s[k]); q > 0 {
				w.where = w.label("command", name)
				return w.credentialsValue(s, k+1, k+1+q, base)
			}
		}
	case string(name) == "echo":
		k := skipBlanks(s, j)
		if k >= len(s) || s[k] != '"' && s[k] != '\'' {
			return j
		}
		q := bytes.IndexByte(s[k+1:], s[k])
		if q <= 0 {
			return j
		}
		after := skipBlanks(s, k+2+q)
		if hasPrefixAt(s, after, "| sudo -S") || hasPrefixAt(s, after, "| sudo --stdin") {
			w.where = w.label("command", []byte("sudo -S"))
			w.contextValue(categories.Secret, s, k+1, k+1+q, base)
			return k + 2 + q
		}
		if hasPrefixAt(s, after, "| chpasswd") || hasPrefixAt(s, after, "| sudo chpasswd") || hasPrefixAt(s, after, "| /usr/sbin/chpasswd") {
			w.where = w.label("command", []byte("chpasswd")) // echo 'USER:PASSWORD' | chpasswd
			return w.credentialsValue(s, k+1, k+1+q, base) + 1
		}
	}
	return j
}

// radiusLogin rewrites the user and the password in FreeRADIUS' "Login OK: [USER] (from
// client ...", "Login incorrect (REASON): [USER/PASSWORD] (from client ..." (a password
// is logged with auth_goodpass and auth_badpass) and "[USER/<via Auth-Type = EAP>]".
// at is just after the word Login; it returns where the bracket closed, or at.
func (w *worker) radiusLogin(s []byte, at int, base int) int {
	open := bytes.Index(s[at:min(len(s), at+256)], []byte(": ["))
	if open < 0 {
		// (a reason without its colon: "Login incorrect (rlm_pap: ...) [USER/PASSWORD]")
		if open = bytes.Index(s[at:min(len(s), at+256)], []byte(") [")); open < 0 {
			return at
		}
	}
	start := at + open + 3
	const tail = "] (from client "
	closing := bytes.Index(s[start:min(len(s), start+1024)], []byte(tail)) // bounded: a long line of "Login: [" stays linear
	if closing <= 0 {
		return at
	}
	end := start + closing
	inner := s[start:end]
	user, pass, from := len(inner), -1, 0
	if len(inner) > 5 && equalFold(inner[:5], "host/") {
		from = len("host/") // a machine account: host/ws01.corp.example.com
	}
	if via := bytes.Index(inner, []byte("/<via ")); via >= from {
		user = via
	} else if slash := bytes.IndexByte(inner[from:], '/'); slash >= 0 {
		user, pass = from+slash, from+slash+1
	}
	w.where = wherePhrase
	if q := bytes.Index(s[at:start], []byte("Cleartext")); q >= 0 {
		// rlm_pap's reason quotes the password it was given: (pap: Cleartext-Password
		// "x" does not match)
		q += at
		if open := bytes.IndexByte(s[q:start], '"'); open > 0 && open <= len("Cleartext-Password ") {
			from := q + open + 1
			if e := bytes.IndexByte(s[from:start], '"'); e > 0 {
				w.scanFrom(s[:q], at, modePlain, ',', base)
				w.contextValue(categories.Secret, s, from, from+e, base)
				at = from + e
			}
		}
	}
	w.scanFrom(s[:start-3], at, modePlain, ',', base) // the reason: (mschap: MS-CHAP2-Response is incorrect)
	w.where = wherePhrase
	if from > 0 {
		w.contextValue(categories.Hostname, s, start+from, start+user, base)
	} else {
		w.contextValue(categories.Username, s, start, start+user, base)
	}
	if pass >= 0 && pass < len(inner) {
		w.contextValue(categories.Secret, s, start+pass, end, base)
	} else if user < len(inner) {
		w.scanFrom(s[:end], start+user, modePlain, ',', base) // /<via Auth-Type = EAP>
	}
	return end
}

// sambaAudit rewrites the prefix of Samba's full_audit records, "smbd_audit:
// USER|IP|MACHINE|SHARE|op|ok|...": the user, the client's address and its NetBIOS name
// (the prefix is configurable; these are its usual first fields). at is just after the
// word smbd_audit; it returns where the machine's name ends, or at when the record has no
// address as its second field.
func (w *worker) sambaAudit(s []byte, at int, base int) int {
	k := at
	if k < len(s) && s[k] == '[' { // smbd_audit[PID]:
		for k < len(s) && k-at < 12 && s[k] != ']' {
			k++
		}
		k++
	}
	if !hasPrefixAt(s, k, ": ") {
		return at
	}
	var fields [3][2]int
	start := k + 2
	for f := range fields {
		end := start
		for end < len(s) && end-start < 256 && s[end] != '|' && s[end] != ' ' {
			end++
		}
		if end >= len(s) || s[end] != '|' {
			return at
		}
		fields[f] = [2]int{start, end}
		start = end + 1
	}
	if !isIPShaped(s[fields[1][0]:fields[1][1]]) {
		return at
	}
	w.where = w.label("phrase", s[at-10:at])
	w.contextValue(categories.Username, s, fields[0][0], fields[0][1], base)
	w.contextValue(categories.Address, s, fields[1][0], fields[1][1], base)
	if host := s[fields[2][0]:fields[2][1]]; isHostShaped(host) {
		w.contextValue(categories.Hostname, s, fields[2][0], fields[2][1], base)
	}
	return fields[2][1]
}

// configSecret rewrites the password a configuration command or an SQL statement gives
// after the word s[i:j], and returns where it ends, or j: Cisco IOS's "username X
// [privilege N] secret|password [TYPE] VALUE" and "enable secret [TYPE] VALUE" (the user
// too), SQL's "IDENTIFIED BY 'VALUE'" and "PASSWORD 'VALUE'" (ALTER ROLE, CREATE USER,
// SET PASSWORD = 'VALUE', PASSWORD('VALUE')).
func (w *worker) configSecret(s []byte, i, j, base int) int {
	word := s[i:j]
	if (string(word) == "password" || string(word) == "secret" || string(word) == "key-string" || string(word) == "key") &&
		configLineStart(s, i) && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && s[j+2] == ' ' {
		// A configuration's own line, as a config diff shows it: " password 7 0822455D0A16",
		// "+  key 7 045802150C2E1D1C5A", "key-string 7 ...": the type stays, the value goes.
		start := j + 3
		end := start
		for end < len(s) && s[end] != ' ' && s[end] != '\t' {
			end++
		}
		if end-start >= 6 {
			w.where = w.label("key", word)
			w.contextValue(categories.Secret, s, start, end, base)
			return end
		}
	}
	switch {
	case (string(word) == "secret" || string(word) == "password") && ciscoSecretContext(s[max(0, i-96):i]):
		line := s[max(0, i-96):i]
		u := bytes.LastIndex(line, []byte("username "))
		if u >= 0 {
			// The user: the word after "username", when the words between are the
			// command's (privilege N, view V, nopassword).
			from := i - len(line) + u + len("username ")
			end := from
			for end < i && s[end] != ' ' {
				end++
			}
			if end > from && (end+1 == i || hasPrefixAt(s, end, " privilege ") || hasPrefixAt(s, end, " role ")) && !isStopword(s[from:end]) { // Arista: role R (not "Invalid username or password")
				w.where = w.label("command", []byte("username"))
				w.contextValue(categories.Username, s, from, end, base)
			}
		}
		k := j + 1
		if k+1 < len(s) && s[j] == ' ' && isDigit(s[k]) && s[k+1] == ' ' {
			k += 2 // the type: 0 plain text, 5 MD5, 7 Vigenere, 8 and 9 scrypt
		}
		return w.commandSecret(s, j, k, word, base)
	case (string(word) == "encrypted-password" || string(word) == "full-name") && j+2 < len(s) && s[j] == ' ' && s[j+1] == '"':
		// Junos: set system login user jdoe full-name "Jane Doe" ... encrypted-password "$6$..."
		q := bytes.IndexByte(s[j+2:], '"')
		if q <= 0 {
			return j
		}
		cat := categories.Secret
		if word[0] == 'f' {
			cat = categories.Fullname
		}
		w.where = w.label("command", word)
		w.contextValue(cat, s, j+2, j+2+q, base)
		return j + 3 + q
	case (string(word) == "secret" || string(word) == "password") && j+2 < len(s) && s[j] == ' ' && (s[j+1] == '\'' || s[j+1] == '"') &&
		i >= 5 && string(s[i-5:i]) == "with ":
		// Prose: Keycloak's "Failed to authenticate client 'x' with secret 'VALUE'"
		q := bytes.IndexByte(s[j+2:min(len(s), j+2+80)], s[j+1])
		if q <= 0 || !passwordShaped(s[j+2:j+2+q]) && q < 12 {
			return j
		}
		w.where = w.label("phrase", word)
		w.contextValue(categories.Secret, s, j+2, j+2+q, base)
		return j + 3 + q
	case equalFoldAny(word, "pw", "pwd", "passwd", "password") && j+1 < len(s) && s[j] == ' ' && s[j+1] != '\'' && s[j+1] != '=':
		// Prose: "Veeam backup - pw Wint3rB@ckup!2024": a word that looks like a
		// password (six bytes or more, letters with digits or symbols) right after.
		end := argEnd(s, j+1)
		for end > j+1 && (s[end-1] == ',' || s[end-1] == '.' || s[end-1] == ';' || s[end-1] == ')' || s[end-1] == '?') {
			end--
		}
		if !passwordShaped(s[j+1:end]) || s[j+1] == '(' || s[j+1] == '[' || keyFollows(s, j+1) {
			return j // (Wrong Password (0xc000006a): a status in brackets; CPM Verify Password fname=...: a key)
		}
		if semicolonWords(s[j+1 : end]) {
			return j // words in semicolon-separated fields: Hardware password changed;Configuration;...
		}
		w.where = w.label("phrase", word)
		w.contextValue(categories.Secret, s, j+1, end, base)
		return end
	case (string(word) == "key" || string(word) == "key-string") && networkKeyContext(s[max(0, i-96):i]):
		// Cisco, Arista and Aruba: tacacs-server host X key 7 VALUE, radius-server key
		// plaintext VALUE, key-string 7 VALUE (a key chain's).
		k := j + 1
		if k+1 < len(s) && s[j] == ' ' && isDigit(s[k]) && s[k+1] == ' ' {
			k += 2
		} else if hasPrefixAt(s, j, " plaintext ") || hasPrefixAt(s, j, " encrypted ") {
			k = j + 11
		} else if hasPrefixAt(s, j, " cipher ") {
			k = j + 8
		}
		return w.commandSecret(s, j, k, word, base)
	case string(word) == "key" && j+1 < len(s) && s[j] == ' ' && (bytes.HasSuffix(s[max(0, i-7):i], []byte("access ")) ||
		bytes.HasSuffix(s[max(0, i-7):i], []byte("secret ")) || bytes.HasSuffix(s[max(0, i-4):i], []byte("api "))):
		// Prose: "access key K004a1b2...": a key of twelve bytes or more, letters and digits.
		end := argEnd(s, j+1)
		for end > j+1 && (s[end-1] == ',' || s[end-1] == '.' || s[end-1] == ';' || s[end-1] == ')') {
			end--
		}
		if v := s[j+1 : end]; len(v) < 12 || !hasLetter(v) || !containsDigit(v) || bytes.ContainsAny(v, "/\\=:@") {
			return j
		}
		w.where = w.label("phrase", word)
		w.contextValue(categories.Secret, s, j+1, end, base)
		return end
	case string(word) == "community" && j+2 < len(s) && s[j] == ' ':
		// SNMP: snmp-server community VALUE RO, set snmp community "VALUE", a poller's
		// community "VALUE" at 10.1.2.3:161. A bare word only after snmp: "community
		// string mismatch" is prose.
		if s[j+1] == '"' {
			if q := bytes.IndexByte(s[j+2:], '"'); q > 0 {
				w.where = w.label("command", word)
				w.contextValue(categories.Secret, s, j+2, j+2+q, base)
				return j + 2 + q + 1
			}
			return j
		}
		before := s[max(0, i-16):i]
		if !bytes.HasSuffix(before, []byte("snmp-server ")) && !bytes.HasSuffix(before, []byte("snmp ")) {
			return j
		}
		end := argEnd(s, j+1)
		if end == j+1 {
			return j
		}
		w.where = w.label("command", word)
		w.contextValue(categories.Secret, s, j+1, end, base)
		return end
	case equalFold(word, "identified"):
		if !(len(s)-j > 5 && equalFold(s[j:j+4], " by ") && (s[j+4] == '\'' || s[j+4] == '"')) {
			return j // (Oracle quotes a password as an identifier: IDENTIFIED BY "x")
		}
		return w.sqlLiteralSecret(s, j+4, word, base)
	case equalFold(word, "password") || string(word) == "PHRASE": // (RACF's pass phrase)
		k := j
		switch {
		case hasPrefixAt(s, k, " '"), hasPrefixAt(s, k, "('"):
			k++
		case hasPrefixAt(s, k, " = '"):
			k += 3
		case string(word) == "PASSWORD" && k+2 < len(s) && s[k] == '(' && s[k+1] != ')':
			// RACF: ALTUSER X PASSWORD(VALUE)
			if close := bytes.IndexByte(s[k+1:min(len(s), k+130)], ')'); close > 0 && bytes.IndexByte(s[k+1:k+1+close], ' ') < 0 {
				w.where = w.label("command", word)
				w.contextValue(categories.Secret, s, k+1, k+1+close, base)
				return k + 2 + close
			}
			return j
		default:
			return j
		}
		return w.sqlLiteralSecret(s, k, word, base)
	}
	return j
}

// commandSecret rewrites the argument at s[k] of a command's word that ends at s[j]
// (a blank follows it) as a secret, and returns where it ends, or j when there is none.
func (w *worker) commandSecret(s []byte, j, k int, word []byte, base int) int {
	if j >= len(s) || s[j] != ' ' || k >= len(s) {
		return j
	}
	end := argEnd(s, k)
	if end == k {
		return j
	}
	w.where = w.label("command", word)
	w.contextValue(categories.Secret, s, k, end, base)
	return end
}

// networkKeyContext reports whether the text before "key" is a network device's command
// that sets a shared secret: a TACACS+ or RADIUS server's, or a key chain's.
func networkKeyContext(before []byte) bool {
	if nl := bytes.LastIndexAny(before, "\n;|"); nl >= 0 {
		before = before[nl+1:]
	}
	return bytes.Contains(before, []byte("tacacs-server")) || bytes.Contains(before, []byte("radius-server")) ||
		bytes.Contains(before, []byte("tacacs ")) || bytes.Contains(before, []byte("radius ")) ||
		bytes.HasSuffix(before, []byte("key ")) // key 1 / key-string
}

// configLineStart reports whether only a configuration's indentation, or a diff's + or -
// before it, comes before s[i] on its line.
func configLineStart(s []byte, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch s[k] {
		case ' ', '\t', '+', '-':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// ciscoSecretContext reports whether the text before "secret" or "password" is Cisco
// IOS's "username X ..." or "enable ".
func ciscoSecretContext(before []byte) bool {
	if u := bytes.LastIndex(before, []byte("username ")); u >= 0 {
		// The command's words are bare: "username 'jdoe', password 'x'" is prose.
		return !bytes.ContainsAny(before[u:], `'",`)
	}
	return bytes.HasSuffix(before, []byte("enable "))
}

// passwordShaped reports whether v reads as a password written in prose: 6 to 64 bytes,
// letters with digits, or with symbols in both cases ("mismatch?" and "re-try" are
// words), and no URL, path, address or key=value.
func passwordShaped(v []byte) bool {
	if len(v) < 6 || len(v) > 64 {
		return false
	}
	letter, digit, symbol, upper, lower := false, false, false, false, false
	for _, c := range v {
		switch {
		case isLetter(c):
			letter = true
			upper = upper || c <= 'Z'
			lower = lower || c >= 'a'
		case isDigit(c):
			digit = true
		case c == '/' || c == '\\' || c == '=' || c == ':' || c == '|' || c >= 0x80: // ('|': a CEF header's field ends)
			return false
		default:
			symbol = true
		}
	}
	if at := bytes.IndexByte(v, '@'); at >= 0 && bytes.IndexByte(v[at:], '.') > 0 {
		return false // a mail address
	}
	return letter && (digit || symbol && upper && lower) && !isIPShaped(v)
}

// sqlLiteralSecret rewrites the SQL string literal that opens at s[q] ('...', with ”
// for a quote) as a secret, and returns where it ends, or q when it does not close.
func (w *worker) sqlLiteralSecret(s []byte, q int, word []byte, base int) int {
	quote := s[q] // ' or "
	end := q + 1
	for end < len(s) && end-q < 1024 {
		if s[end] == quote {
			if end+1 < len(s) && s[end+1] == quote {
				end += 2
				continue
			}
			break
		}
		end++
	}
	if end >= len(s) || s[end] != quote || end == q+1 {
		return q
	}
	w.where = w.label("command", word)
	w.contextValue(categories.Secret, s, q+1, end, base)
	return end + 1
}

// openVPNUsername rewrites the Username column of an OpenVPN status CLIENT_LIST line (the
// tenth field, after the common name at s[at] ... ; "UNDEF" when the client gave none),
// scanning the fields before it, and returns where it ends, or at.
func (w *worker) openVPNUsername(s []byte, at int, mode textMode, delim byte, base int) int {
	k := at
	for field := 2; field < 9; field++ { // at is the comma after field 1, the common name
		next := bytes.IndexByte(s[k+1:], ',')
		if next < 0 {
			return at
		}
		k += 1 + next
	}
	end := bytes.IndexByte(s[k+1:], ',')
	if end <= 0 {
		return at
	}
	w.scanFrom(s[:k], at, mode, delim, base) // the addresses, counters and times between
	if string(s[k+1:k+1+end]) != "UNDEF" {
		w.where = w.label("field", []byte("CLIENT_LIST"))
		w.contextValue(categories.Username, s, k+1, k+1+end, base)
	}
	return k + 1 + end
}

// notGivenNames are given names of the list that are also words of software and prose
// (max.connections, will_retry, Mark_Read): not taken for the start of a joined name.
var notGivenNames = map[string]bool{"max": true, "mark": true, "will": true, "rose": true, "bill": true,
	"jack": true, "june": true, "guy": true, "faith": true, "dawn": true, "victor": true, "jade": true,
	"amber": true, "dean": true, "grace": true, "ivy": true, "iris": true, "holly": true, "violet": true,
	"daisy": true, "frank": true, "robin": true, "stella": true, "aurora": true, "jasper": true,
	"april": true, "hazel": true, "basil": true, "jay": true, "min": true, "lan": true, "per": true,
	"till": true, "eve": true, "ada": true, "dora": true, "gaia": true, "luz": true, "elba": true,
	"demi": true, "ren": true, "jin": true, "asa": true, "abel": true, "rob": true, "tim": true,
	"ken": true, "dan": true, "sam": true, "jan": true, "jun": true, "may": true, "mia": true,
	"nova": true, "yang": true, "tao": true, "ole": true, "ola": true, "pia": true, "kai": true,
	"lea": true, "ida": true, "ava": true, "noel": true, "cora": true, "mike": true, "nick": true,
	"pat": true, "ted": true, "chad": true, "otto": true, "hans": true, "neil": true, "ray": true,
	"jasmine": true}

// notSurnames are words that follow a given name in the names of software, files and
// hosts: emma.config, anna_Test, lena.service.
var notSurnames = map[string]bool{"log": true, "logs": true, "json": true, "xml": true, "yaml": true,
	"yml": true, "conf": true, "config": true, "cfg": true, "ini": true, "txt": true, "html": true,
	"htm": true, "css": true, "jar": true, "war": true, "dll": true, "exe": true, "bat": true,
	"bak": true, "old": true, "tmp": true, "temp": true, "lock": true, "pid": true, "sock": true,
	"service": true, "timer": true, "socket": true, "target": true, "mount": true, "local": true,
	"internal": true, "home": true, "corp": true, "com": true, "net": true, "org": true, "dev": true,
	"test": true, "tests": true, "example": true, "info": true, "app": true, "apps": true,
	"cloud": true, "online": true, "site": true, "server": true, "client": true, "proxy": true,
	"backup": true, "build": true, "debug": true, "prod": true, "stage": true, "staging": true,
	"main": true, "master": true, "node": true, "worker": true, "agent": true, "api": true,
	"web": true, "data": true, "cache": true, "admin": true, "user": true, "users": true,
	"files": true, "share": true, "public": true, "private": true, "sync": true, "demo": true,
	"sandbox": true, "docs": true, "repo": true, "project": true, "team": true, "group": true,
	"class": true, "java": true, "scala": true, "python": true, "min": true, "map": true,
	"zip": true, "tar": true, "gzip": true, "pdf": true, "doc": true, "docx": true, "xls": true,
	"xlsx": true, "csv": true, "png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true,
	"billing": true, "payments": true, "orders": true, "checkout": true, "frontend": true,
	"backend": true, "batch": true, "cron": true, "queue": true,
	"tools": true, "infra": true, "platform": true, "portal": true, "gateway": true, "monitor": true}

// joinedPersonName finds a person's name written as one word of a file name, a path part
// or a query value, given name first: "daan.bakker" and "Daan.Bakker" (a login, as
// directories, avatars and repositories are named), "Yasmin_Haddad" in
// Review_Yasmin_Haddad.docx and "Bellandi_Chiara" (a full name, either order, both
// capitalized). The given name must be on the list the pseudonyms come from and not a word
// (notGivenNames); the surname three letters or more and not a word of software
// (notSurnames). A dotted name must not be part of a longer dotted name (a domain, a Java
// class, a configuration key), a file's extension aside. It returns the name's span and
// the byte that joins it, or end <= start.
func joinedPersonName(s []byte, i, j int, flags runFlags) (start, end int, sep byte) {
	if j-i < 7 || flags&(hasColon|hasAt) != 0 || flags&hasOther != 0 && bytes.ContainsAny(s[i:j], "%+") {
		return 0, 0, 0 // the shortest name is three letters, a join, three letters
	}
	if flags&(hasDot|hasDash) == 0 || flags&hasDigit != 0 {
		// A run with digits (an address, a version) holds a name only joined by '_'
		// (Review_Yasmin_Haddad_2024.docx).
		if bytes.IndexByte(s[i:j], '_') < 0 {
			return 0, 0, 0
		}
	}
	var parts [8]span
	n := 0
	for p := i; p < j && n < len(parts); {
		q := p
		for q < j && s[q] != '.' && s[q] != '_' && s[q] != '-' {
			q++
		}
		parts[n] = span{p, q}
		n++
		p = q + 1
	}
	if n < 2 || parts[n-1].end != j {
		return 0, 0, 0
	}
	for k := 0; k+2 < n; k++ {
		// A surname with its particles: Kündigung_Jan_de_Vries.pdf, Jan_van_den_Berg.docx.
		a := s[parts[k].start:parts[k].end]
		if s[parts[k].end] != '_' || !surnameParticles[string(s[parts[k+1].start:parts[k+1].end])] || len(a) < 3 || !capitalWordAnyScript(a) || !givenFirst(a) {
			continue
		}
		m := k + 1
		for m < n-1 && m < k+3 && surnameParticles[string(s[parts[m].start:parts[m].end])] && s[parts[m].end] == '_' {
			m++
		}
		if m > k+1 && s[parts[m-1].end] == '_' && capitalWordAnyScript(s[parts[m].start:parts[m].end]) &&
			!inLower(notSurnames, s[parts[m].start:parts[m].end]) && dottedTailIsExtension(s, parts[:n], m) &&
			bytes.IndexByte(s[i:parts[k].start], '.') < 0 {
			return parts[k].start, parts[m].end, '_'
		}
	}
	for k := 0; k+1 < n; k++ {
		a, b := s[parts[k].start:parts[k].end], s[parts[k+1].start:parts[k+1].end]
		join := s[parts[k].end]
		if len(a) < 3 || len(b) < 3 || !lettersOnlyAnyScript(a) || !lettersOnlyAnyScript(b) {
			continue
		}
		switch join {
		case '.':
			lower := isLowerWord(a) && isLowerWord(b)
			if !(lower || isCapitalWord(a) && isCapitalWord(b)) || inLower(notSurnames, b) || !givenFirst(a) {
				continue
			}
			// Nothing dotted before; after, only a file's extension, or parts joined by
			// '-' or '_' that end so.
			if bytes.IndexByte(s[i:parts[k].start], '.') >= 0 || !dottedTailIsExtension(s, parts[:n], k+1) {
				continue
			}
			return parts[k].start, parts[k+1].end, '.'
		case '-':
			// A slug that ends in a login written given-surname: a Kubernetes namespace
			// or a branch named for a person (sandbox-mehmet-yilmaz, team-priya-raman).
			if k+2 != n || len(b) < 4 || !isLowerWord(a) || !isLowerWord(b) || inLower(notSurnames, b) || !givenFirst(a) {
				continue
			}
			return parts[k].start, parts[k+1].end, '-'
		case '_':
			if isLowerWord(a) && isLowerWord(b) && len(a) >= 4 && len(b) >= 4 && (n >= k+3 && s[parts[n-1].start-1] == '.' || n >= k+2 && documentExtensionAt(s, j)) &&
				(givenFirst(a) && !isGenericWord(b) || givenFirst(b) && !isGenericWord(a)) &&
				!inLower(notSurnames, a) && !inLower(notSurnames, b) && bytes.IndexByte(s[i:parts[k].start], '.') < 0 &&
				dottedTailIsExtension(s, parts[:n], k+1) &&
				(k > 0 && !isLowerWord(s[parts[k-1].start:parts[k-1].end]) || (k+3 < n || k+2 < n && documentExtensionAt(s, j)) && !isLowerWord(s[parts[k+2].start:parts[k+2].end])) {
				// (an id or a date beside it; import_martin_data.csv is a job's file)
				// A document named for a person in lower case, as generators write it:
				// virtanen_jukka_FI_202501.pdf, LA-2025-00957_andersson_mikael.pdf.
				return parts[k].start, parts[k+1].end, '_'
			}
			if upperWordEnd(a, 0) == len(a) && upperWordEnd(b, 0) == len(b) && (givenFirst(a) || givenFirst(b)) &&
				!inLower(notSurnames, a) && !inLower(notSurnames, b) && bytes.IndexByte(s[i:parts[k].start], '.') < 0 &&
				(k > 0 && containsDigit(s[parts[k-1].start:parts[k-1].end]) || k+2 < n && containsDigit(s[parts[k+2].start:parts[k+2].end])) &&
				(documentExtensionAt(s, j) || dottedTailIsExtension(s, parts[:n], k+1) && s[parts[n-1].start-1] == '.') {
				// A document named for a person in capitals beside an id, as payroll and
				// document systems write it: 000421_BONDIOLI_MARCO.pdf.
				return parts[k].start, parts[k+1].end, '_'
			}
			if !capitalWordAnyScript(a) || !capitalWordAnyScript(b) || inLower(notSurnames, b) || inLower(notSurnames, a) {
				continue // (Wendt_Jürgen, Nováková_Jana, Conceição_João)
			}
			if !givenFirst(a) && !givenFirst(b) {
				continue
			}
			if k+2 < n && s[parts[k+1].end] == '_' && givenFirst(b) && !givenFirst(a) && capitalWordAnyScript(s[parts[k+2].start:parts[k+2].end]) {
				continue // Review_Yasmin_Haddad: the name starts at Yasmin
			}
			if bytes.IndexByte(s[i:parts[k].start], '.') >= 0 || !dottedTailIsExtension(s, parts[:n], k+1) {
				continue
			}
			return parts[k].start, parts[k+1].end, '_'
		}
	}
	return 0, 0, 0
}

// dottedTailIsExtension reports whether what follows parts[k] has no '.' but the one of a
// file's extension, the last part, of one to five letters or digits.
func dottedTailIsExtension(s []byte, parts []span, k int) bool {
	for m := k + 1; m < len(parts); m++ {
		if s[parts[m].start-1] == '.' && (m != len(parts)-1 || parts[m].end-parts[m].start > 5) {
			return false
		}
	}
	return true
}

// givenFirst reports whether a word can be a given name in a joined name.
func givenFirst(a []byte) bool {
	return categories.IsGivenName(a) && !inLower(notGivenNames, a)
}

// lettersOnlyAnyScript reports a word of letters, beyond ASCII too (Jürgen, Nováková).
func lettersOnlyAnyScript(b []byte) bool {
	for k := 0; k < len(b); {
		r, size := utf8.DecodeRune(b[k:])
		if !unicode.IsLetter(r) {
			return false
		}
		k += size
	}
	return len(b) > 0
}

// nonLatinPersonName reports the words of a name key's value that make a person's name in
// another script: two names of one to four Han, kana or Hangul characters (西村 陽翔, 김
// 민준), as East Asian systems write family and given name apart, or two or three
// capitalized words of Cyrillic or Greek (Иван Петров: a department's name capitalizes
// only its first word).
func nonLatinPersonName(words [][]byte) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	if r, _ := utf8.DecodeRune(words[0]); r < 0x370 {
		return false
	}
	if len(words) == 2 && eastAsianNameWord(words[0]) && eastAsianNameWord(words[1]) {
		return true
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRune(w); r < 0x370 || r > 0x52f || !capitalWordAnyScript(w) {
			return false
		}
	}
	return true
}

// eastAsianNameWord reports one to four Han, Hiragana, Katakana or Hangul characters.
func eastAsianNameWord(w []byte) bool {
	n := 0
	for _, r := range string(w) {
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// capitalWordAnyScript reports a capital and small letters after it, beyond ASCII too.
func capitalWordAnyScript(b []byte) bool {
	r, size := utf8.DecodeRune(b)
	if !unicode.IsUpper(r) || size == len(b) {
		return false
	}
	for k := size; k < len(b); {
		r, size := utf8.DecodeRune(b[k:])
		if !unicode.IsLower(r) {
			return false
		}
		k += size
	}
	return true
}

func isLettersOnly(b []byte) bool {
	for _, c := range b {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

func isLowerWord(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isCapitalWord(b []byte) bool {
	return len(b) > 1 && b[0] >= 'A' && b[0] <= 'Z' && isLowerWord(b[1:])
}

// joinedNameValue rewrites the name s[start:end] that joinedPersonName found.
func (w *worker) joinedNameValue(s []byte, start, end int, sep byte, base int) {
	from := len(w.repl)
	w.mapped = false
	w.shapeFound = true
	ok := w.appendJoinedName(s[start:end], sep)
	w.shapeFound = false
	if !ok || !w.mapped {
		w.repl = w.repl[:from]
		w.scanShapes(s[start:end], base+start)
		return
	}
	w.addEdit(w.lastCat, base+start, base+end, from)
}

// appendJoinedName appends the pseudonym of a name joinedPersonName found: a dotted login
// as a username, a name joined by '_' as the full name it is, with the joins kept.
func (w *worker) appendJoinedName(name []byte, sep byte) bool {
	if sep == '.' || sep == '-' {
		return w.appendValueMemo(categories.Username, name)
	}
	plain := append(w.joinedName[:0], name...)
	for k, c := range plain {
		if c == sep {
			plain[k] = ' '
		}
	}
	w.joinedName = plain
	from := len(w.repl)
	if !w.appendValueMemo(categories.Fullname, plain) {
		return false
	}
	for k := from; k < len(w.repl); k++ {
		if w.repl[k] == ' ' {
			w.repl[k] = sep
		}
	}
	return true
}

// unicodeEscapeAt reports whether a JSON escape \uXXXX starts at s[k] (the backslash).
func unicodeEscapeAt(s []byte, k int) bool {
	if !(k+6 <= len(s) && s[k] == '\\' && s[k+1] == 'u' && isHex(s[k+2]) && isHex(s[k+3]) && isHex(s[k+4]) && isHex(s[k+5])) {
		return false
	}
	// DOMAIN\u48213, CORP\u1234: an account named u and a number after an upper-case
	// domain, not an escape: more digits than an escape takes, or nothing of a word after
	// them.
	digits := k + 2
	for digits < len(s) && isDigit(s[digits]) {
		digits++
	}
	if digits > k+6 && (digits == len(s) || !isAlnum(s[digits])) {
		return false
	}
	upper := 0
	for upper < k && (s[k-1-upper] >= 'A' && s[k-1-upper] <= 'Z' || isDigit(s[k-1-upper]) || s[k-1-upper] == '-') {
		upper++
	}
	return !(upper >= 2 && digits == k+6 && (k+6 == len(s) || !isAlnum(s[k+6]) && s[k+6] != '\\'))
}

// productNameAt reports a device's product name at s[k], as Windows' Plug and Play events
// write it: words, the first in mixed case, ending in "Device", "Drive" or "Adapter".
func productNameAt(s []byte, k int) bool {
	e := k
	for e < len(s) && isAlnum(s[e]) {
		e++
	}
	if e == k || !hasLowerLetter(s[k:e]) || !hasUpperLetter(s[k:e]) || e >= len(s) || s[e] != ' ' {
		return false
	}
	end := bytes.Index(s[e:min(len(s), e+64)], []byte("  "))
	if end < 0 {
		end = min(len(s), e+64) - e
	}
	name := s[e : e+end]
	return bytes.HasSuffix(name, []byte(" Device")) || bytes.HasSuffix(name, []byte(" Drive")) || bytes.HasSuffix(name, []byte(" Adapter"))
}

// japanesePrefectures are the 47 prefectures of Japan, with which an address begins.
var japanesePrefectures = strings.Fields(`北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県
	群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県
	滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県
	福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県`)

// japaneseAddressEnd returns the end of a Japanese address at s[i]: a prefecture, more
// of the address in Japanese script, and its block numbers (2-14-7, 1-3-1-805), or i.
// A prefecture alone ("pref":"東京都") is a region, and stays to its key.
func japaneseAddressEnd(s []byte, i int) int {
	k := i
	for _, p := range japanesePrefectures {
		if hasPrefixAt(s, i, p) {
			k = i + len(p)
			break
		}
	}
	if k == i {
		return i
	}
	for k < len(s) && k-i < 120 && s[k] >= 0xE3 && s[k] <= 0xE9 {
		_, size := utf8.DecodeRune(s[k:])
		k += size
	}
	d := k
	for d < len(s) && (isDigit(s[d]) || s[d] == '-' && d+1 < len(s) && isDigit(s[d+1])) {
		d++
	}
	if d == k || bytes.IndexByte(s[k:d], '-') < 0 {
		return i
	}
	return d
}

// upperHexRun reports a run of hexadecimal digits in upper case, a digit among them.
func upperHexRun(v []byte) bool {
	digit := false
	for _, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case c < 'A' || c > 'F':
			return false
		}
	}
	return digit
}

// cwmpDeviceSerial returns the span of the serial number in a TR-069 device id at s[i]
// (categories.CWMPSerial), as ACS servers (GenieACS) name a customer's router in their
// logs, before a ':', a blank, a quote, a ',', a '/', a '&' or a full stop; or i, i.
func cwmpDeviceSerial(s []byte, i int) (from, to int) {
	e := i + 7
	for e < len(s) && e-i < 96 && (isAlnum(s[e]) || s[e] == '%' || s[e] == '!' || s[e] == '_' || s[e] == '.' || s[e] == '-') {
		e++
	}
	for e > i && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	if e < len(s) && s[e] != ':' && s[e] != ' ' && s[e] != '"' && s[e] != ',' && s[e] != '/' && s[e] != '&' && s[e] != '.' {
		return i, i
	}
	serial := categories.CWMPSerial(s[i:e])
	if serial == 0 {
		return i, i
	}
	return i + serial, e
}

// usbInstanceSerial returns the span of the device's serial number in a Windows device
// instance path at s[i] (USBSTOR\Disk&Ven_SanDisk&Prod_Ultra&Rev_1.00\4C530001&0,
// USB\VID_0781&PID_5581\4C530001, their backslashes doubled in JSON), or i, i: the part
// after the second backslash, up to '&'. A part whose second byte is '&' (7&2a1f3b&0)
// is an id Windows made up for a device without a serial, and stays.
func usbInstanceSerial(s []byte, i int) (from, to int) {
	k, seps := i, 0
	for k < len(s) && k-i < 160 && seps < 2 {
		switch c := s[k]; {
		case c == '\\':
			seps++
			for k+1 < len(s) && s[k+1] == '\\' {
				k++
			}
		case c <= ' ' || c == '"' || c == '\'' || c == ',':
			return i, i
		}
		k++
	}
	if seps < 2 {
		return i, i
	}
	e := k
	for e < len(s) && isAlnum(s[e]) {
		e++
	}
	if e-k < 6 || k+1 < len(s) && s[k+1] == '&' {
		return i, i
	}
	return k, e
}

// captionWordEnd returns the end of a party's word in a case caption at s[k]: a word
// that starts with a capital letter (Ostrander, McAllister, O'Neill, S.p.A.), or k.
func captionWordEnd(s []byte, k int) int {
	if k >= len(s) || s[k] < 'A' || s[k] > 'Z' {
		return k
	}
	e := k + 1
	for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80 || s[e] == '\'' || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isLetter(s[e+1])) {
		e++
	}
	return e
}

// captionSeparator returns the end of the word that joins a case caption's parties at
// s[k] ("v.", "v", "vs.", "vs", Italian and French "c.", German "./."), with the blank
// after it, or k.
func captionSeparator(s []byte, k int) int {
	if k+2 >= len(s) || s[k] != 'v' && s[k] != 'c' && s[k] != '.' {
		return k // (most words: at the price of one comparison)
	}
	for _, sep := range [...]string{"v. ", "v ", "vs. ", "vs ", "c. ", "./. "} {
		if hasPrefixAt(s, k, sep) {
			return k + len(sep)
		}
	}
	return k
}

// caseCaptionAt rewrites a lawsuit's caption that starts at s[i], as matter and
// workspace names of legal systems write it: one to four capitalized words, "v." (or vs.,
// c., ./.) and one to five more, a legal form and "&" among them (Ostrander v. Meridian,
// Marco Rossi c. Banca Valtellinese S.p.A.). Each party is a name, an organisation's
// when it ends in a legal form; it returns the caption's end, or i.
func (w *worker) caseCaptionAt(s []byte, i, base int) int {
	leftEnd, k := i, i
	for words := 0; ; words++ {
		e := captionWordEnd(s, k)
		if e == k || e+1 >= len(s) || s[e] != ' ' {
			return i
		}
		leftEnd = e
		if sep := captionSeparator(s, e+1); sep > e+1 {
			k = sep
			break
		}
		if words == 3 || s[e+1] < 'A' || s[e+1] > 'Z' {
			return i // (most capitalized words: no caption follows)
		}
		k = e + 1
	}
	for w0 := i; w0 < leftEnd; {
		e := captionWordEnd(s, w0)
		if inFolded(phraseStopwords, s[w0:e]) {
			return i
		}
		w0 = e + 1
	}
	if k >= len(s) {
		return i
	}
	right, rightEnd := k, k
	for words := 0; words < 5; words++ {
		if end := categories.LegalSuffixAt(s, k); end > k && rightEnd > right {
			rightEnd = end
			break
		}
		e := captionWordEnd(s, k)
		if e == k && hasPrefixAt(s, k, "& ") && rightEnd > right {
			k += 2
			continue
		}
		if e == k || inFolded(phraseStopwords, s[k:e]) {
			break
		}
		rightEnd = e
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		k = e + 1
	}
	if rightEnd == right {
		return i
	}
	for _, party := range [2]span{{i, leftEnd}, {right, rightEnd}} {
		category := categories.Fullname
		if sp := bytes.LastIndexByte(s[party.start:party.end], ' '); sp > 0 && categories.LegalSuffixAt(s[:party.end], party.start+sp+1) == party.end {
			category = categories.Organization
		}
		w.where = w.label("phrase", []byte("case caption"))
		w.contextValue(category, s, party.start, party.end, base)
	}
	return rightEnd
}

// dottedAbbreviations are capitals with dots that abbreviate words, not a name's
// initials (U.S. Army, P.S. Note). Lower case.
var dottedAbbreviations = map[string]bool{"u.s.": true, "u.k.": true, "e.u.": true, "u.n.": true, "a.d.": true,
	"b.c.": true, "p.s.": true, "n.b.": true, "i.e.": true, "e.g.": true, "a.m.": true, "p.m.": true, "q.a.": true,
	"r.i.p.": true, "u.s.a.": true, "d.c.": true, "s.a.": true, "n.v.": true, "b.v.": true, "e.v.": true}

// initialsFieldEnd reports whether a name written with several initials (P.J.M.
// Hoogendoorn) ends at s[e] as a field or a list's item does: the end, a separator, a
// closing bracket.
func initialsFieldEnd(s []byte, e int) bool {
	return e == len(s) || s[e] == '|' || s[e] == ',' || s[e] == ';' || s[e] == ')' || s[e] == ']' || s[e] == '"' || s[e] == '<' ||
		hasPrefixAt(s, e, " (") || hasPrefixAt(s, e, " <")
}

// initialsRun reports a person's initials: one to four capitals, each with its dot (D.,
// P.J.M., as Dutch writes a name's initials).
func initialsRun(w []byte) bool {
	if len(w) < 2 || len(w) > 8 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// germanPasswordCompound reports a German compound that names a password (Initialpasswort,
// Einmalkennwort, Startpasswort): one word of letters that ends so. A word joined by '_'
// (check_ntlm_password:) is a function's name, not a key.
func germanPasswordCompound(w []byte) bool {
	n := len(w)
	return n > 8 && isLettersOnly(w) && (equalFold(w[n-8:], "passwort") || equalFold(w[n-8:], "kennwort"))
}

// colonKeyValue rewrites the value of a key:value run s[i:j] whose key names a user, a
// host or an address, and returns j; or i when the run is none.
func (w *worker) colonKeyValue(s []byte, i, j, base int) int {
	c := bytes.IndexByte(s[i:j], ':')
	if c < 2 || i+c+1 >= j || bytes.IndexByte(s[i+c+1:j], ':') >= 0 || !isAlnum(s[i+c+1]) && s[i+c+1] < 0x80 || j < len(s) && s[j] == '\\' {
		return i // (DOMAIN\user after the colon is read whole, as an account)
	}
	for _, b := range s[i : i+c] {
		if !isLetter(b) && b != '_' && b != '.' && b != '-' && b != '$' && b < 0x80 { // (secretsdump's NL$KM:; 用户名:)
			return i
		}
	}
	cat := ""
	if i >= 2 && s[i-1] == ' ' && isLetter(s[i-2]) {
		cat = w.e.rawKeys.multiBefore(s, i+c) // a key of words: AP Name:AP-KRK-3F-12 (Cisco WLC)
	}
	if cat == "" {
		cat = w.e.rawKeys.lookup(s[i : i+c])
	}
	if cat == "" {
		cat = categoryBySuffix(s[i : i+c]) // server_hostname:
	}
	if cat == "" && c == 4 && equalFold(s[i:i+c], "name") && s[i+c+1] >= 'A' && s[i+c+1] <= 'Z' {
		// A form's answers written out (Jotform's "pretty": Name:Jan Novák, E-mail:...):
		// a person's name, a given name first.
		e := proseNameEnd(s, i+c+1, j)
		if e <= j && j+2 < len(s) && s[j] == ' ' && categories.IsGivenName(s[i+c+1:j]) {
			e = nameWordEnd(s, j+1) // a given name that is also a word (Jan, May): the key says it is a name
			if e == j+1 || inLower(notNameWords, s[j+1:e]) {
				e = j
			}
		}
		if e > j {
			w.where = w.label("key", s[i:i+c])
			w.contextValue(categories.Fullname, s, i+c+1, e, base)
			return e
		}
	}
	switch cat {
	case categories.Username, categories.Hostname, categories.Address:
		if isDigitsOnly(s[i+c+1:j]) || isStopword(s[i+c+1:j]) {
			return i // host:443, a port; user:info, a command (Nextcloud's occ user:info)
		}
		w.where = w.label("key", s[i:i+c])
		w.contextValue(cat, s, i+c+1, j, base)
		return j
	case categories.NationalID, categories.Phone, categories.DeviceID, categories.IBAN, categories.Card, categories.Email:
		// 证件号码:33038219920811302X, 手机号:13857123406 (Sangfor's key:value lists)
		if !containsDigit(s[i+c+1:j]) && cat != categories.Email {
			return i
		}
		w.where = w.label("key", s[i:i+c])
		w.contextValue(cat, s, i+c+1, j, base)
		return j
	case categories.Fullname:
		if s[i+c+1] < 0x80 {
			return i // (a name in Latin letters is read above: Name:Jan Novák)
		}
		w.where = w.label("key", s[i:i+c])
		w.contextValue(cat, s, i+c+1, j, base) // 姓名:何丽萍
		return j
	case categories.Secret:
		if !secretKeyWord(s[i:i+c]) && !(c == 7 && equalFold(s[i:i+c], "session") && j-i-c-1 >= 12 && sessionIDShaped(s[i+c+1:j])) {
			return i // session:3, cookie:none: a count or a setting, not the secret (Open-Xchange's Session:a8f3c1...)
		}
		end := i + c + 1
		for end < len(s) && s[end] > ' ' && s[end] != '"' && s[end] != '\'' && s[end] != ',' && s[end] != ';' {
			end++
		}
		w.where = w.label("key", s[i:i+c])
		w.contextValue(cat, s, i+c+1, end, base) // password:Sommer2024!, dpapi_userkey:0x...
		return end
	}
	return i
}

// secretKeyWord reports whether a key names a password, a key, a token or a hash by its
// words: only such a key takes a value glued to its colon (password:X) as a secret.
func secretKeyWord(key []byte) bool {
	for _, word := range [...]string{"pass", "pwd", "secret", "key", "token", "hash", "$km"} {
		if bytes.Contains(bytes.ToLower(key), []byte(word)) {
			return true
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// slashNameValue rewrites a name written SURNAME/GIVEN (a card's track data, airline and
// card systems), the slash kept.
func (w *worker) slashNameValue(s []byte, i, end, base int) {
	w.surnameFirstValue(s, i, end, base, '/')
}

// surnameFirstValue rewrites a name written SURNAME<sep>GIVEN as the full name
// "SURNAME, GIVEN", the separator kept.
func (w *worker) surnameFirstValue(s []byte, i, end, base int, sep byte) {
	name := s[i:end]
	at := bytes.IndexByte(name, sep)
	if at <= 0 || at == len(name)-1 {
		w.contextValue(categories.Fullname, s, i, end, base)
		return
	}
	plain := append(append(append(w.joinedName[:0], name[:at]...), ',', ' '), name[at+1:]...)
	w.joinedName = plain
	from := len(w.repl)
	if _, ok := w.appendReversedName(plain, sep); ok {
		w.addEdit(categories.Fullname, base+i, base+end, from)
	}
}

// tagEnd returns the end of the syslog program tag after the host at s[h] when its name
// ends in a file's extension that is also a top-level domain (Znuny-otrs.Console.pl,
// backup.sh), or h: the tag is a program, though shaped like a domain. (A tag shaped
// like a host, mail.example.com:, is a relayed host and stays to the scan.)
func tagEnd(s []byte, h int) int {
	k := h
	for k < len(s) && s[k] == ' ' {
		k++
	}
	start, dot := k, false
	for k < len(s) && k-start < 64 && (isAlnum(s[k]) || s[k] == '.' || s[k] == '-' || s[k] == '_' || s[k] == '/') {
		dot = dot || s[k] == '.'
		k++
	}
	if !dot || k == start || k >= len(s) || s[k] != ':' && s[k] != '[' || s[k] == ':' && k+1 < len(s) && s[k+1] != ' ' {
		return h
	}
	ext := s[start+bytes.LastIndexByte(s[start:k], '.')+1 : k]
	if !fileSuffixes[strings.ToLower(string(ext))] {
		return h
	}
	return k
}

// rfc5424AppNameEnd returns the end of the APP-NAME that follows the host ending at h in
// an RFC 5424 header (<PRI>1 TIMESTAMP HOST APP-NAME PROCID MSGID), or h: a name of
// printable ASCII, then a blank.
func rfc5424AppNameEnd(s []byte, h int) int {
	if len(s) < 4 || s[0] != '<' {
		return h
	}
	gt := bytes.IndexByte(s[:min(len(s), 5)], '>')
	if gt < 2 || !hasPrefixAt(s, gt+1, "1 ") || h >= len(s) || s[h] != ' ' {
		return h
	}
	k := h + 1
	for k < len(s) && k-h <= 48 && s[k] > ' ' && s[k] < 0x7f && s[k] != '=' {
		k++
	}
	if k == h+1 || k >= len(s) || s[k] != ' ' || s[h+1] == '-' && k == h+2 {
		return h
	}
	return k
}

// pipeHeaderHost returns the field before a log level among the first five fields of a
// line that starts with a timestamp and separates its fields with '|', when it is shaped
// as a machine's name (lower-case letters, digits and dashes, a digit and a dash among
// them; a site's code in capitals, CDG-T2E, is none), or 0, 0.
func pipeHeaderHost(s []byte) (int, int) {
	if bytes.IndexByte(s[:min(len(s), 64)], '|') < 0 {
		return 0, 0 // (most lines: no field ends within the first bytes)
	}
	start, prev, prevEnd := 0, -1, -1
	for field := 0; field < 5; field++ {
		end := start
		for end < len(s) && end-start <= 63 && s[end] != '|' && s[end] != ' ' || end < len(s) && field == 0 && s[end] == ' ' {
			end++
		}
		if end >= len(s) || s[end] != '|' {
			return 0, 0
		}
		if field > 1 && isLogLevel(s[start:end]) && prev >= 0 {
			host := s[prev:prevEnd]
			if len(host) >= 4 && bytes.IndexByte(host, '-') > 0 && containsDigit(host) && hasLowerLetter(host) && !hasUpperLetter(host) &&
				isHostShaped(host) && !bytes.ContainsAny(host, ".:") {
				return prev, prevEnd
			}
			return 0, 0
		}
		prev, prevEnd = start, end
		start = end + 1
	}
	return 0, 0
}

// appNameScanned reports whether an RFC 5424 APP-NAME is scanned as text: when it holds
// what a value's syntax needs (an address's dots or colons, a mail's @, a path's or an
// account's separators), not when it is a program's plain name.
func appNameScanned(name []byte) bool {
	return bytes.ContainsAny(name, ".:@\\/")
}

// hostLabelIs reports whether the first label of host is name, in any case.
func hostLabelIs(host, name []byte) bool {
	label := host
	if dot := bytes.IndexByte(host, '.'); dot >= 0 {
		label = host[:dot]
	}
	return bytes.EqualFold(label, name)
}

// asteriskEndpointEnd returns the end of the endpoint of an Asterisk channel whose name
// starts at s[i], after "PJSIP/", "SIP/" or "IAX2/" (jnowak in PJSIP/jnowak-0000001a),
// or i for none, a number (an extension) or a trunk.
func asteriskEndpointEnd(s []byte, i, j int) int {
	switch {
	case i >= 6 && hasPrefixAt(s, i-6, "PJSIP/") && (i == 6 || !isAlnum(s[i-7])),
		i >= 4 && hasPrefixAt(s, i-4, "SIP/") && (i == 4 || !isAlnum(s[i-5])),
		i >= 5 && hasPrefixAt(s, i-5, "IAX2/") && (i == 5 || !isAlnum(s[i-6])):
	default:
		return i
	}
	end := j
	if k := bytes.LastIndexByte(s[i:j], '-'); k > 0 && j-(i+k+1) == 8 && isHexRun(s[i+k+1:j]) {
		end = i + k // the channel's unique suffix
	}
	ep := s[i:end]
	if len(ep) < 2 || !hasLetter(ep) || bytes.Contains(ep, []byte("trunk")) || bytes.Contains(ep, []byte("provider")) {
		return i
	}
	return end
}

// mentionShaped reports a login written first.last or first_last in lower case letters,
// as chat mentions name people (@mei.liang); @timestamp, @Override and @types/node are
// none.
func mentionShaped(v []byte) bool {
	if len(v) < 5 || len(v) > 40 {
		return false
	}
	seps := 0
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
		case (c == '.' || c == '_' || c == '-') && k > 1 && k < len(v)-2 && v[k-1] >= 'a':
			seps++
		default:
			return false
		}
	}
	if dot := bytes.LastIndexByte(v, '.'); dot > 0 && scriptExtensions[string(v[dot+1:])] {
		return false // a script run with '@' (sqlplus @report.sql), no one's login
	}
	return seps == 1
}

// scriptExtensions are file extensions of scripts that tools run with '@'.
var scriptExtensions = map[string]bool{"sql": true, "sh": true, "py": true, "txt": true, "cmd": true,
	"bat": true, "ps1": true, "rsp": true, "conf": true, "cfg": true, "json": true, "yml": true, "yaml": true}

// nationalPhoneDigits reports whether a number in groups holds nine to twelve digits,
// as national numbers with their trunk prefix do.
// Pairs of digits count only as France writes a number, five of them: a longer run of
// pairs is a hex or byte dump.
func nationalPhoneDigits(v []byte) bool {
	n, groups, pairs, run := 0, 0, 0, 0
	for k, c := range v {
		if isDigit(c) {
			n++
			run++
		}
		if !isDigit(c) || k == len(v)-1 {
			if run > 0 {
				groups++
				if run == 2 {
					pairs++
				}
			}
			run = 0
		}
	}
	if pairs == groups && groups != 5 {
		return false
	}
	return n >= 9 && n <= 12
}

// honorifics are the titles written before a person's name in the languages of European
// logs, as written (case matters: "don" and "pan" are words).
var honorifics = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Dr Dr. Prof Prof. Herr Herrn Frau Hr.
		Fr. Mme Mme. Mlle Mlle. Monsieur Madame Mademoiselle Sig. Sig.ra Sig.na Signor Signora
		Sr. Sra. Srta. Señor Señora Doña Dña. Pan Pani Panem Panią dhr. Dhr. mevr. Mevr.
		mevrouw Mevrouw meneer Meneer Hr Fru Herra Rouva Κος Κα κ. Sayın
		Ing. Mgr. Bc. MUDr. JUDr. PhDr. RNDr. Dipl.-Ing. Dott. Dott.ssa Avv. Mag. DI
		med. dent. vet. rer. nat. pol. phil. jur. habil.
		prof. dr. drs. ir. ing. t.n.v.`) { // (Dr. med. dent., Dr. rer. nat.; Dutch: prof. dr., ir., t.n.v. "in the name of")
		m[t] = true
	}
	return m
}()

var honorificShapes = func() *wordShapes {
	m := map[string]bool{}
	for t := range honorifics {
		if len(t) >= 2 {
			m[t] = true
		}
	}
	return newWordShapes(m)
}()

// honorificNameEnd returns the end of the one to three name words after a title at s[k]
// (Henderson, Claire Henderson, De Luca, N'Diaye, H Davies), or k: capitalized or upper
// case words that are no common words of logs, and initials before them.
func honorificNameEnd(s []byte, k int) int {
	end := k
	for words := 0; words < 3; words++ {
		e, _ := anyNameWordEnd(s, end)
		if e == end && words < 2 && end+3 < len(s) && s[end] >= 'A' && s[end] <= 'Z' {
			// An initial before the surname, as British schools and surgeries write
			// staff: Mrs H Davies, Mr J. Okoro (the surname must follow); or several, as
			// Dutch writes them, and particles: prof. A.M. Verhoeven, dr. J. de Vries.
			n := end + 1
			if s[n] == '.' {
				n++
				for n+1 < len(s) && n-end < 8 && s[n] >= 'A' && s[n] <= 'Z' && s[n+1] == '.' {
					n += 2
				}
			}
			if n+1 < len(s) && s[n] == ' ' {
				surname := particlesEnd(s, n+1)
				if surname > n+1 && words > 0 {
					surname = n + 1 // (particles after an initial only: Mr J. de Vries)
				}
				if surname < len(s) && s[surname] >= 'A' && s[surname] <= 'Z' {
					if e2, _ := anyNameWordEnd(s, surname); e2 > surname+1 && !inLower(notNameWords, s[surname:e2]) {
						end = surname
						continue
					}
				}
			}
		}
		if e == end || inLower(notNameWords, s[end:e]) || isLogLevel(s[end:e]) || isMonth(s[end:e]) {
			break
		}
		end = e
		if end+1 >= len(s) || s[end] != ' ' || !(s[end+1] >= 'A' && s[end+1] <= 'Z' || s[end+1] >= 0xC3) {
			break
		}
		end++
	}
	for end > k && s[end-1] == ' ' {
		end--
	}
	return end
}

// semicolonWords reports whether v is words of letters joined by semicolons, as a row of
// semicolon-separated fields runs on after a word (changed;Configuration;Hardware).
func semicolonWords(v []byte) bool {
	semi := bytes.IndexByte(v, ';')
	if semi <= 0 {
		return false
	}
	for _, f := range bytes.Split(v, []byte{';'}) {
		if len(f) > 0 && !lettersOnlyAnyScript(f) {
			return false
		}
	}
	return lettersOnlyAnyScript(v[:semi])
}

// passwordWords are the words for a password in the languages of European logs (and
// English's shorthands), lower case; passwordWordShapes filters by their shapes.
var passwordWords = map[string]bool{"passwort": true, "kennwort": true, "initialkennwort": true,
	"wachtwoord": true, "hasło": true, "hasła": true, "heslo": true, "hesla": true,
	"jelszó": true, "jelszava": true, "salasana": true, "lösenord": true, "lösenordet": true,
	"adgangskode": true, "passord": true, "senha": true, "contraseña": true, "parola": true,
	"passwd": true, "pwd": true, "pw": true, "psk": true, "kennw": true, "passwords": true,
	"password": true, "passe": true, "clave": true, "geslo": true, "lozinka": true, "mdp": true}

var passwordWordShapes = newWordShapes(passwordWords)

// wordShapes is a filter of a word list by each word's length, first and last byte (ASCII
// letters in either case): a word of another shape costs three lookups, no folding.
type wordShapes [33][32]uint32

func newWordShapes(words map[string]bool) *wordShapes {
	var t wordShapes
	for w := range words {
		if n := len(w); n >= 2 && n <= 32 {
			t[n][w[0]&31] |= 1 << (w[n-1] & 31)
		}
	}
	return &t
}

// may reports whether w has the shape of a word of the list.
func (t *wordShapes) may(w []byte) bool {
	n := len(w)
	return n >= 2 && n <= 32 && t[n][w[0]&31]&(1<<(w[n-1]&31)) != 0
}

// strongSecretAfter finds, in the five words after s[j] and before the sentence ends, one
// shaped as a strong secret: eight to 64 bytes, upper and lower case letters and digits,
// with a symbol or twelve bytes or more (Kw7!pRz2Tq9m, rspv_prod_8Hq2LmZx4TvK9wPe), or an
// app password of four groups of four letters (xkqv-mbtr-lwzp-hyfd). It returns its span,
// or an empty one.
func strongSecretAfter(s []byte, j int) (int, int) {
	k := j
	for words := 0; words < 5 && k < len(s); words++ {
		for k < len(s) && (s[k] == ' ' || s[k] == ':' || s[k] == '"' || s[k] == '\'' || s[k] == '(') {
			k++
		}
		start := k
		if keyFollows(s, start) {
			break // a key=value: the words were no sentence (CPM Verify Password fname=...)
		}
		for k < len(s) && s[k] != ' ' && s[k] != '"' && s[k] != '\'' && s[k] != '|' && s[k] != '\t' {
			k++
		}
		end := k
		for end > start && (s[end-1] == ',' || s[end-1] == '.' || s[end-1] == ';' || s[end-1] == ')') {
			end--
		}
		if v := s[start:end]; strongSecret(v) || appPassword(v) {
			return start, end
		}
		if end < k && s[end] == '.' || k < len(s) && s[k] == '|' {
			break // the sentence ended
		}
	}
	return 0, 0
}

// statedPasswordAfter returns the span of a password a sentence states right after the
// word for it at s[j] ("Your temporary password is Kx7!pR2q@wLz", "Passwort lautet
// x9Tq2mPw"), or 0, 0: any value with a digit, a symbol or a capital after its first
// letter, which no word of prose ("password is incorrect") has.
func statedPasswordAfter(s []byte, j int) (int, int) {
	k := j
	if k < len(s) && s[k] == ':' {
		k++
	}
	if k >= len(s) || s[k] != ' ' {
		return 0, 0
	}
	k++
	if e := k + 2; e < len(s) && s[e] == ' ' && equalFold(s[k:e], "is") {
		k = e + 1
	} else if e := k + 6; e < len(s) && s[e] == ' ' && equalFold(s[k:e], "lautet") {
		k = e + 1
	} else if s[j] != ':' {
		return 0, 0
	}
	start := k
	for k < len(s) && s[k] != ' ' && s[k] != '"' && s[k] != '\'' && s[k] != '\t' && s[k] != '|' {
		k++
	}
	end := k
	for end > start && (s[end-1] == ',' || s[end-1] == '.' || s[end-1] == ';' || s[end-1] == ')') {
		end--
	}
	v := s[start:end]
	if len(v) < 4 || len(v) > 64 || bytes.IndexByte(v, '/') >= 0 || bytes.IndexByte(v, '\\') >= 0 || bytes.IndexByte(v, '=') >= 0 {
		return 0, 0
	}
	if at := bytes.IndexByte(v, '@'); at > 0 && bytes.IndexByte(v[at:], '.') > 0 {
		return 0, 0 // an address
	}
	if !isDigitsOnly(v) && len(bytes.Trim(v, "0123456789-:.")) == 0 {
		return 0, 0 // a date or a time: "password is 2024-05-01 expired"
	}
	for n, c := range v {
		if isDigit(c) || c >= '!' && c < 0x80 && !isLetter(c) || n > 0 && c >= 'A' && c <= 'Z' {
			return start, end
		}
	}
	return 0, 0
}

// strongSecret reports a value shaped as a generated or strong password (see
// strongSecretAfter).
func strongSecret(v []byte) bool {
	if len(v) < 8 || len(v) > 64 {
		return false
	}
	upper, lower, digit, symbol := false, false, false, false
	for _, c := range v {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case isDigit(c):
			digit = true
		case c == '/' || c == '\\' || c == '@' || c == ':' || c == '=' || c >= 0x80 || c < '!':
			return false // a path, an address, a key=value, a URL
		default:
			symbol = true
		}
	}
	return upper && lower && digit && (symbol || len(v) >= 12)
}

// appPassword reports the app-specific passwords of mail providers: four groups of four
// lower case letters joined by '-' (xkqv-mbtr-lwzp-hyfd).
func appPassword(v []byte) bool {
	if len(v) != 19 {
		return false
	}
	for k, c := range v {
		if k%5 == 4 {
			if c != '-' {
				return false
			}
		} else if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// phoneWords are the words (and abbreviations) for a telephone number in the languages of
// European logs, lower case.
var phoneWords = map[string]bool{"tel": true, "tél": true, "tlf": true, "tfn": true,
	"puh": true, "mob": true, "mobil": true, "mobile": true, "phone": true, "telefon": true,
	"telefone": true, "telefono": true, "teléfono": true, "telefonnummer": true,
	"handy": true, "gsm": true, "τηλ": true, "cell": true, "fon": true, "fax": true, "telefax": true,
	"fone": true, "celular": true, "ramal": true, // Brazil (ramal: an extension, ramal 21 3968-4482)
	// a fax server's calling number (ANI 08141276600); IATA's contact SSRs in a PNR (CTCM 34699123456/P1)
	"ani": true, "ctcm": true, "ctch": true, "ctcb": true}

// phoneShapeEnd returns the end of a telephone number written in a national or
// international layout at s[k] (+48 601 234 567, 06 12 34 56 78, 070-123 45 67,
// 0722.123.456, (0)30 1234567): digits in groups separated by one blank, hyphen, dot or
// slash, seven to fifteen digits in all; or k.
func phoneShapeEnd(s []byte, k int) int {
	e := k
	if e < len(s) && s[e] == '+' {
		e++
	}
	digits, end := 0, k
	for e < len(s) {
		switch c := s[e]; {
		case isDigit(c):
			digits++
			e++
			end = e
		case (c == ' ' || c == '-' || c == '.' || c == '/') && e > k && (isDigit(s[e-1]) || s[e-1] == ')') && e+1 < len(s) && (isDigit(s[e+1]) || s[e+1] == '('):
			e++
		case c == '(' && e+2 < len(s) && s[e+1] == '0' && s[e+2] == ')':
			e += 3 // (0)
			end = e
		case c == '(' && (e == k || s[e-1] == ' ') && areaCodeLen(s[e:]) > 0:
			n := areaCodeLen(s[e:]) // 0 (505) 331 90 12, (04) 2358-1192
			digits += n - 2
			e += n
			end = e
		default:
			e = len(s) + 1
		}
		if e > len(s) {
			break
		}
	}
	if digits < 7 || digits > 15 || end < len(s) && (isLetter(s[end]) || s[end] == ':' || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
		return k // a word, a time (tel 2024-05-01 10:00)
	}
	if end-k >= 10 && isDigitsOnly(s[k:k+4]) && s[k+4] == '-' && s[k+7] == '-' {
		return k // a date
	}
	return end
}

// unlearnedName rewrites s[start:end] as a person's name found by its shape in prose:
// mapped where it stands, not learned (a first name or a surname alone is a word
// elsewhere).
func (w *worker) unlearnedName(s []byte, start, end, base int) {
	w.where = wherePhrase
	w.shapeFound = true
	w.contextValue(categories.Fullname, s, start, end, base)
	w.shapeFound = false
}

// initialNotName reports whether the capital at s[i] is a label rather than an initial:
// a section's, a plan's or a step's letter (Section B. Overview, Plan C. Restore).
func initialNotName(s []byte, i int, prev1 span) bool {
	if prev1.end <= prev1.start || prev1.end > i || i-prev1.end > 1 {
		return false
	}
	return equalFoldAny(s[prev1.start:prev1.end], "section", "plan", "step", "phase", "option", "appendix",
		"annex", "part", "type", "class", "level", "grade", "vitamin", "hepatitis", "exhibit", "schedule",
		"figure", "table", "chapter", "question", "item", "point", "zone", "block", "building", "wing", "gate")
}

// capitalBeyondASCII reports whether w starts with a capital letter beyond ASCII (Élodie,
// Åsa, Łukasz).
func capitalBeyondASCII(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	return r >= 0x80 && unicode.IsUpper(r)
}

// givenNameCue reports whether the capitalized word s[i:j] is a listed first name that
// prose greets (Hi, Dear, Hallo, Bonjour, Hola, Kedves, ...), signs with (Thanks, Kind
// regards, ... then ", NAME" at the text's end, or "- NAME") or names as the one called
// (called, rang, emailed, told, spoke with, talked to), and no surname follows.
func givenNameCue(s []byte, i, j int, prev1, prev2 span) bool {
	if j < len(s) && s[j] == ' ' && j+1 < len(s) && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0xC3) {
		return false // a full name: found as one
	}
	if j+3 < len(s) && s[j] == ',' && s[j+1] == ' ' && (i == 0 || s[i-1] == '=' || s[i-1] == '"' || s[i-1] == ':' ||
		i >= 2 && s[i-1] == ' ' && (s[i-2] == ':' || s[i-2] == '-')) {
		// A subject that calls its reader: "Declan, your withdrawal is ready",
		// "François-Xavier, merci pour votre don"
		if e := bytes.IndexByte(s[j+2:min(len(s), j+16)], ' '); e > 0 && inLower(readerWords, s[j+2:j+2+e]) {
			return givenNames(s[i:j])
		}
	}
	if bytes.IndexByte(s[i:j], '-') >= 0 {
		return false // (a given name of two, Jean-Marc: read by the subject's cue alone)
	}
	if prev1.end > i || i-prev1.end > 2 || prev1.end <= prev1.start {
		// "- Sam" at a message's end
		return i >= 2 && s[i-1] == ' ' && s[i-2] == '-' && (i < 3 || s[i-3] == ' ') && signatureEnd(s, j) && categories.IsGivenName(s[i:j])
	}
	p1 := s[prev1.start:prev1.end]
	gap := s[prev1.end:i]
	if !cueWordShapes.may(p1) {
		return false // most words before a capitalized one are no cue: three lookups
	}
	cue := false
	switch {
	case string(gap) == " " || string(gap) == ", ":
		cue = equalFoldAny(p1, "hi", "hello", "hey", "dear", "hallo", "hoi", "bonjour", "hola", "ciao", "salut",
			"kedves", "cześć", "ahoj", "hej", "olá", "buongiorno", "moin", "servus", "dag", "beste", "querida", "querido",
			"dobry", "witaj", "bonsoir", "buonasera", "goedemorgen", "goedemiddag", "hejsan") || // (Dzień dobry Zuzanna,)
			string(gap) == " " && (equalFoldAny(p1, "called", "rang", "phoned", "emailed", "messaged", "told", "asked", "contacted", "texted") ||
				equalFoldAny(p1, "with", "to") && prev2.end > prev2.start && prev2.end < prev1.start && equalFoldAny(s[prev2.start:prev2.end], "spoke", "spoken", "talked", "speaking", "talking"))
	}
	if !cue && string(gap) == ", " && equalFoldAny(p1, "thanks", "regards", "cheers", "best", "thx", "danke", "merci", "gracias", "grazie", "groeten", "pozdrawiam", "üdv", "hälsningar", "mvh", "obrigado", "obrigada") {
		cue = signatureEnd(s, j)
	}
	if !cue && string(gap) == " " && j < len(s) && (s[j] == ',' || s[j] == '!') && equalFoldAny(p1, "thanks", "thx", "danke", "merci", "gracias", "grazie", "obrigado", "obrigada") {
		cue = true // thanking someone by name: "Thanks Oliver, laptop is booting again"
	}
	if !cue && string(gap) == " " && equalFoldAny(p1, "thanks", "regards", "cheers", "groet", "groeten", "groetjes", "gruß", "grüße",
		"lg", "mvg", "mvh", "hälsningar", "pozdrawiam", "saludos", "saluti", "cordialement", "bisous", "abrazos", "besos") {
		cue = signatureEnd(s, j) // a text signed off without a comma: "Kan het ook om 10:30? Groet Sanne"
	}
	return cue && categories.IsGivenName(s[i:j])
}

// readerWords follow a reader's given name and a comma in a subject or a notice that
// calls them: "your", "merci", "votre", "Ihre", "uw", "tu".
var readerWords = map[string]bool{"your": true, "you": true, "thank": true, "thanks": true, "welcome": true,
	"merci": true, "votre": true, "vous": true, "bienvenue": true, "ihre": true, "ihr": true, "dein": true,
	"deine": true, "danke": true, "willkommen": true, "uw": true, "je": true, "jouw": true, "bedankt": true,
	"welkom": true, "tu": true, "su": true, "gracias": true, "bienvenido": true, "bienvenida": true,
	"grazie": true, "benvenuto": true, "benvenuta": true, "obrigado": true, "obrigada": true, "seu": true, "sua": true}

// givenNames reports a listed given name, or two joined by a hyphen (Jean-Marc).
func givenNames(w []byte) bool {
	if dash := bytes.IndexByte(w, '-'); dash > 0 {
		return categories.IsGivenName(w[:dash]) && categories.IsGivenName(w[dash+1:])
	}
	return categories.IsGivenName(w)
}

// cueWordShapes filters the words givenNameCue compares, by their shapes.
var cueWordShapes = newWordShapes(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`hi hello hey dear hallo hoi bonjour hola ciao salut kedves cześć ahoj hej olá
		buongiorno moin servus dag beste querida querido called rang phoned emailed messaged told asked
		contacted texted with to thanks regards cheers best thx danke merci gracias grazie groeten
		pozdrawiam üdv hälsningar mvh obrigado obrigada groet groetjes gruß grüße lg mvg saludos saluti
		cordialement bisous abrazos besos dobry witaj bonsoir buonasera goedemorgen goedemiddag hejsan`) {
		m[w] = true
		m[strings.ToUpper(w[:1])+w[1:]] = true // (the filter compares the first and last bytes as written)
	}
	return m
}())

// signatureEnd reports whether a signature's name that ends at s[j] ends its text: the
// line's end, a quote, a bracket or a line break written as text.
func signatureEnd(s []byte, j int) bool {
	return j == len(s) || s[j] == '"' || s[j] == '\'' || s[j] == '(' && j > 0 || s[j] == ' ' && j+1 < len(s) && s[j+1] == '(' ||
		s[j] == ',' || s[j] == '\\' && textEscapeAt(s, j) || s[j] == '\n' || s[j] == '\r'
}

// trimEnd returns j less the colons and dots that end the run s[i:j] (no allocation, as
// bytes.TrimRight's set of bytes would take for every word).
func trimEnd(s []byte, i, j int) int {
	for j > i && (s[j-1] == ':' || s[j-1] == '.') {
		j--
	}
	return j
}

// idWords are the names of national identifiers (and tax, health and vehicle numbers)
// that prose writes before them, lower case; "number", "no", "nr", "kód", "číslo" and
// "fiscale" count after the word before them (NI number, NHS no., codice fiscale).
var idWords = map[string]bool{"cnp": true, "nif": true, "nie": true, "dni": true, "cif": true,
	"taj": true, "pesel": true, "nip": true, "regon": true, "bsn": true, "ppsn": true, "amka": true,
	"afm": true, "αφμ": true, "αμκα": true, "ΑΦΜ": true, "ΑΜΚΑ": true, "ssn": true, "nino": true, "personnummer": true,
	"personnr": true, "pnr": true, "fødselsnummer": true, "fodselsnummer": true, "cpr": true, "cpr-nummer": true,
	"henkilötunnus": true, "hetu": true, "y-tunnus": true, "steuer-id": true, "steuernummer": true,
	"steueridentifikationsnummer": true, "ird": true, "tfn": true, "egn": true, "oib": true,
	"jmbg": true, "cpf": true, "curp": true, "rut": true, "aadhaar": true, "kennitala": true,
	"isikukood": true, "adóazonosító": true, "nir": true, "matrícula": true, "matricula": true,
	"spz": true, "immatriculé": true, "rekisterinumero": true, "kenteken": true, "cf": true,
	"idnr": true, "kvnr": true, "ausweisnr": true, "ausweisnummer": true, "personalausweisnummer": true,
	"svnr": true, "svnummer": true, "versicherungsnummer": true, "sozialversicherungsnummer": true,
	"ahv-nr": true, "ahv-nummer": true, "avs": true, "fnr": true, "d-nummer": true,
	"samordningsnummer": true, "ssin": true, "insz": true, "rijksregisternummer": true, "nss": true,
	"cnp-ul": true, "passport": true, "paszport": true, "passeport": true, "pasaporte": true,
	"passaporto": true, "reisepass": true, "paspoort": true, "nhs": true, "inss": true,
	"pno": true, "hetun": true, "hetulle": true, // BankID's "for pno 1978...", Finnish "hetulle" (for the hetu)
	"rn": true, "rrn": true, "niss": true, // Belgium's registre national: (RN 85073012335)
	// identity cards and driving licences, whose numbers are as personal
	"personalausweis": true, "ausweis": true, "führerschein": true, "führerschein-nr": true,
	"führerscheinnummer": true, "fuehrerschein": true, "patente": true, "rijbewijs": true,
	"rijbewijsnummer": true, "körkort": true, "kørekort": true, "førerkort": true, "ajokortti": true,
	"cni": true, "dowód": true,
	// residence permits, which work-permit checks name (Aufenthaltstitel Nr. Y4PK8L2T7)
	"aufenthaltstitel": true, "aufenthaltserlaubnis": true, "verblijfsvergunning": true, "brp": true,
	"tckn": true, "vkn": true} // Turkey's identity and tax numbers

// deviceIDWords name a device's or a subscriber's identifier in prose, lower case: IMEI
// 490154203237518, Seriennummer C02XG0FDH7JY.
var deviceIDWords = map[string]bool{"imei": true, "imsi": true, "iccid": true, "vin": true, "meid": true,
	"seriennummer": true, "serienummer": true, "serienumber": true, "serienummeret": true, "s/n": true,
	"sarjanumero": true, "serijski": true, "fahrgestellnummer": true, "imei2": true, "sim": true,
	"serial": true, "servicetag": true, "android_id": true, "ecid": true, "zähler": true, "gaszähler": true,
	"zählpunkt": true, "zählernummer": true, "smgw": true, "udid": true, "série": true,
	"serials": true}

// idFillerWords stand between an identifier's name and the number in prose: "mój PESEL
// to 85...", "mit CPR er 290256-2748", "CNP-ul meu este 2900...", "my SSN is ...".
var idFillerWords = map[string]bool{"is": true, "ist": true, "est": true, "es": true, "è": true,
	"osobisty": true, "osobistego": true, // Polish: dowód osobisty (personal), the identity card
	"é": true, "to": true, "jest": true, "je": true, "är": true, "er": true, "este": true, "lautet": true,
	"was": true, "war": true, "era": true, "meu": true, "mi": true, "mio": true, "mein": true,
	"mon": true, "min": true, "mitt": true, "my": true, "nr": true, "nr.": true, "no": true, "no.": true,
	"n°": true, "nº": true, "number": true, "nummer": true, "numéro": true, "numer": true, "número": true,
	"numero": true}

// accountWords name a bank account's number in prose, lower case.
var accountWords = map[string]bool{"acct": true, "account": true, "konto": true, "kontonummer": true,
	"rekening": true, "rekeningnummer": true, "compte": true, "cuenta": true, "conta": true,
	"conto": true, "routing": true, "aba": true, "bsb": true}

var idWordShapes = newWordShapes(func() map[string]bool {
	m := map[string]bool{"number": true, "no": true, "nr": true, "num": true, "číslo": true,
		"fiscale": true, "sociale": true, "jel": true, "code": true, "national": true, "fiscal": true,
		"social": true, "security": true, "kods": true, "kodas": true, "iban": true}
	for w := range deviceIDWords {
		m[w] = true
	}
	for w := range idWords {
		m[w] = true
	}
	for w := range accountWords {
		m[w] = true
	}
	return m
}())

// nationalIDAfter returns where a national identifier starts and ends after its name
// s[i:j] (see idWords, and "number", "no.", "nr", "kód", "číslo", "fiscale", "jel" after
// NI, NHS, rodné, codice, sécurité sociale, adóazonosító): an optional ':' or '=', then
// a token with five digits or more, or groups of digits and letters separated by single
// blanks (085 117 646, QQ 12 34 56 C, 1 87 05 69 383 112 53), 24 bytes at most; or 0, 0.
func nationalIDAfter(s []byte, i, j int, prev1 span) (start, end int, category string) {
	word := s[i:trimEnd(s, i, j)]
	if len(word) == 4 && equalFold(word, "iban") {
		// IBAN DE12700202700015588011: an account's number after its name, also when
		// its check digits are wrong (a typo's, a test's), which the shape scan leaves
		k := j
		for k < len(s) && (s[k] == ':' || s[k] == ' ') && k-j < 3 {
			k++
		}
		e := k
		for e < len(s) && isUpperAlnum(s[e]) {
			e++
		}
		if k > j && ibanShapeAt(s[:e], k) && e-k <= 34 && (e == len(s) || !isAlnum(s[e])) {
			return k, e, categories.IBAN
		}
		return 0, 0, ""
	}
	if inLower(accountWords, word) || equalFold(word, "code") && prev1.end <= i && prev1.end > prev1.start && equalFold(s[prev1.start:prev1.end], "sort") {
		// A bank account's number after its name: digits only (acct 71820044, Sort code
		// 20-45-77, routing 071000013); "account jdoe" is a user's, found elsewhere.
		k := j
		for k < len(s) && (s[k] == ':' || s[k] == ' ' || s[k] == '#') && k-j < 3 {
			k++
		}
		e, digits := k, 0
		for e < len(s) && (isDigit(s[e]) || s[e] == '-' && e > k && e+1 < len(s) && isDigit(s[e+1])) {
			if isDigit(s[e]) {
				digits++
			}
			e++
		}
		if k > j && digits >= 6 && digits <= 18 && (e == len(s) || !isAlnum(s[e])) && !(e-k == 10 && s[k+4] == '-' && s[k+7] == '-') {
			return k, e, categories.Secret // (not a date: account: 2024-03-01)
		}
		return 0, 0, ""
	}
	device := inLower(deviceIDWords, word) || prev1.end <= i && prev1.end > prev1.start && i-prev1.end <= 2 &&
		equalFoldAny(word, "number", "no", "nr") && equalFoldAny(s[prev1.start:prev1.end], "serial", "série", "serie")
	named := device || inLower(idWords, word)
	if named && len(word) == 2 && equalFold(word, "rn") && !registreNationalAfter(s, j) {
		return 0, 0, "" // a telephone routing number (NPDB: RN D162), not Belgium's registre national
	}
	if !named && prev1.end <= i && prev1.end > prev1.start && i-prev1.end <= 2 {
		p := s[prev1.start:prev1.end]
		named = equalFoldAny(word, "number", "no", "nr", "num") && equalFoldAny(p, "ni", "nhs", "insurance", "tax", "id", "passport", "ssn", "pps") ||
			equalFold(word, "číslo") && equalFoldAny(p, "rodné") || equalFold(word, "fiscale") && equalFoldAny(p, "codice") ||
			equalFold(word, "sociale") && equalFoldAny(p, "sécurité") || equalFold(word, "jel") && equalFoldAny(p, "adóazonosító") ||
			equalFold(word, "national") && equalFoldAny(p, "registre") || equalFold(word, "fiscal") && equalFoldAny(p, "numéro") ||
			equalFold(word, "social") && equalFoldAny(p, "seguridad") || equalFold(word, "security") && equalFoldAny(p, "social") ||
			equalFold(word, "kods") && equalFoldAny(p, "personas") || equalFold(word, "kodas") && equalFoldAny(p, "asmens") ||
			equalFoldAny(word, "number", "no", "nr", "num") && equalFoldAny(p, "security", "insurance")
	}
	if !named {
		return 0, 0, ""
	}
	k := j
	for k < len(s) && (s[k] == ':' || s[k] == '=' || s[k] == ' ' || s[k] == '(' || s[k] == '\'' || s[k] == '"' || s[k] == '[' && device) && k-j < 3 {
		k++ // (a quote too: SEB's "serial number 'PF3XK2M9'")
	}
	if k == j || k >= len(s) || !isAlnum(s[k]) {
		return 0, 0, ""
	}
	for range 2 {
		if f := nthWordEnd(s, k); f+1 < len(s) && s[f] == ' ' && f-k <= 10 && inLower(idFillerWords, bytes.TrimRight(s[k:f], ":")) {
			k = f + 1
		}
	}
	if k >= len(s) || !isAlnum(s[k]) {
		return 0, 0, ""
	}
	if f := nthWordEnd(s, k); f-k <= 20 && f+1 < len(s) && s[f] == ' ' && isLetter(s[k]) && !bytes.ContainsAny(s[k:f], "0123456789") {
		// One word more, then a number its format checks: NIF adquirente 369673530.
		if g := nthWordEnd(s, f+1); categories.ParseNationalID(bytes.TrimRight(s[f+1:g], ".,;:)")) {
			k = f + 1
		}
	}
	if f := nthWordEnd(s, k); !bytes.ContainsAny(s[k:f], "0123456789") && !(f-k <= 3 && upperLettersOnly(s[k:f])) { // (a series: Poland's CBK 482915)
		return 0, 0, "" // a word first (Steuer-ID lautet 57 ...): the number is not right after its name
	}
	start = k
	digits, e := 0, k
	longest := 24
	if device {
		longest = 40 // a metering point's id (Zählpunkt DE000567042290000000000006788891) is 33
	}
	for e < len(s) && e-start <= longest {
		t := e
		for t < len(s) && (isAlnum(s[t]) || s[t] == '-' || s[t] == '/') {
			if isDigit(s[t]) {
				digits++
			}
			t++
		}
		if t == e {
			break
		}
		e = t
		// Another group after one blank: digits, or a letter or two (QQ 12 34 56 C).
		if e+1 < len(s) && s[e] == ' ' && isAlnum(s[e+1]) {
			g := e + 1
			for g < len(s) && isAlnum(s[g]) {
				g++
			}
			if (g-e-1 <= 6 && isDigitsOnly(s[e+1:g]) || g-e-1 <= 2 && upperLettersOnly(s[e+1:g])) && (g == len(s) || !isLetter(s[g])) {
				e++
				continue
			}
		}
		break
	}
	for e > start && (s[e-1] == '-' || s[e-1] == '/') {
		e--
	}
	if e+1 < len(s) && (s[e] == '.' || s[e] == ':') && isDigit(s[e+1]) {
		return 0, 0, "" // it runs on into a dotted number: an address's first octet (CF A 100.10.100.100)
	}
	if digits < 5 && !(digits >= 3 && e-start <= 9) && !(device && digits >= 1 && e-start >= 6) || e-start > longest {
		return 0, 0, "" // (a licence plate has three or four: AX-45-PL has 2, 2AB 4471 has 5)
	}
	if equalFoldAny(word, "matrícula", "matricula", "spz", "immatriculé", "rekisterinumero", "kenteken") {
		return start, e, categories.Secret // a licence plate: no national format to keep
	}
	if device {
		if e-start >= 24 && isHexRun(s[start:e]) {
			return 0, 0, "" // a certificate's serial (cert-manager's serial="04a1f3e7..."): no device's
		}
		return start, e, categories.DeviceID
	}
	return start, e, categories.NationalID
}

// noteAuthorEnd returns the end of a login at s[i:j] that a word for "by" (by, por, par,
// przez, von, door, av, af, Romanian notă) comes before and a colon after, as case notes name
// their author ("note by mokeefe:", "par mlemaire :"), or i.
func noteAuthorEnd(s []byte, i, j int, prev1 span) int {
	if hasPrefixAt(s, i, "pam_") {
		return i // a PAM module (Access denied by pam_slurm_adopt:), no note's author
	}
	end := j
	if end > i && s[end-1] == ':' {
		end-- // (the colon is part of the run)
	} else if !hasPrefixAt(s, j, " :") {
		return i
	}
	if end-i < 3 || prev1.end > i || i-prev1.end != 1 || s[i-1] != ' ' {
		return i
	}
	if prev1.end-prev1.start > 5 || !equalFoldAny(s[prev1.start:prev1.end], "by", "por", "par", "przez", "von", "door", "av", "af", "notă") {
		// A role between: "private note by shop manager kdawson:", "by agent jsmith:"
		if !inFolded(noteRoles, s[prev1.start:prev1.end]) {
			return i
		}
		before := s[max(0, prev1.start-16):prev1.start]
		if !bytes.HasSuffix(before, []byte("by ")) && !bytes.Contains(before, []byte(" by ")) || bytes.Contains(before, []byte(" the ")) ||
			equalFoldAny(s[i:end], "today", "yesterday", "tomorrow", "again", "later", "now", "himself", "herself") {
			return i // (reviewed by the manager today:)
		}
	}
	if !loginWord(s[i:end]) || isGenericWord(s[i:end]) || inFolded(authWords, s[i:end]) || inFolded(byWords, s[i:end]) {
		return i
	}
	if end-i < 5 && !bytes.ContainsAny(s[i:end], "._0123456789") {
		return i // a short word: by hand, by post
	}
	return end
}

// noteRoles are the roles a note names its author by before the login.
var noteRoles = map[string]bool{"manager": true, "agent": true, "analyst": true, "engineer": true,
	"officer": true, "technician": true, "supervisor": true, "operator": true, "clerk": true,
	"specialist": true, "investigator": true, "handler": true}

// byWords are what notes say a thing was done by, other than a person's login.
var byWords = map[string]bool{"courier": true, "design": true, "request": true, "policy": true,
	"script": true, "robot": true, "automation": true, "workflow": true, "support": true,
	"helpdesk": true, "schedule": true, "scheduler": true, "customer": true, "letter": true,
	"telephone": true, "message": true, "system": true, "admin": true, "administrator": true}

// bracketedName returns where a person's name in brackets at s[k:] (after the '(')
// starts and ends: a title or none, then a name found by its given name (Jules Martin,
// Dr. Denis Roux) or two or three words of another script (Κωνσταντίνος Νικολάου), ended
// by ')' or ','; or k, k.
func bracketedName(s []byte, k int) (start, end int) {
	for _, title := range [...]string{"Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs ", "Ms "} {
		if hasPrefixAt(s, k, title) {
			k += len(title)
			break
		}
	}
	end = k
	if e := nameWordEnd(s, k); e > k && !hasNonLatinLetter(s[k:e]) {
		end = proseNameEnd(s, k, e)
	} else if k < len(s) && s[k] >= 0x80 && isLetterAt(s, k) {
		words := 0
		for e := k; e < len(s) && words < 3; words++ {
			w := e
			for w < len(s) && s[w] != ' ' && s[w] != ')' && s[w] != ',' {
				w++
			}
			if w == e || !hasOtherScriptLetter(s[e:w]) {
				break
			}
			end = w
			if w >= len(s) || s[w] != ' ' {
				break
			}
			e = w + 1
		}
		if bytes.IndexByte(s[k:end], ' ') < 0 {
			end = k // one word of another script: a name as likely as a department
		}
	}
	if end == k || end >= len(s) || s[end] != ')' && s[end] != ',' {
		return k, k
	}
	return k, end
}

// loginWord reports whether w can be an agent's login before their name: an account's
// bytes, starting with a lower-case letter, no common word.
func loginWord(w []byte) bool {
	if len(w) < 3 || len(w) > 32 || !accountBytes(w) || isStopword(w) || isGenericWord(w) || inFolded(notLoginWords, w) {
		return false
	}
	marked, hex := false, true // a '.', '_' or digit: a login's marks
	for _, c := range w {
		switch {
		case c >= 'a' && c <= 'z':
			hex = hex && c <= 'f'
		case isDigit(c) || c == '.' || c == '_':
			marked = true
		case c == '-':
		default:
			return false // a capital (iPhone, Microsoft): a product's or a word's
		}
	}
	if hex && marked && len(w) >= 8 {
		return false // an id: a1f3c9d2e7 (session a1f3c9d2e7 (Maria ...))
	}
	// A word of prose before brackets (soft-deleted (...), values (...)): a verb's forms.
	return marked || !bytes.HasSuffix(w, []byte("ed")) && !bytes.HasSuffix(w, []byte("ing"))
}

// notLoginWords come before a name in brackets in prose without being anyone's login:
// "called back (Maria Rossi)", "assigned to group (...)".
var notLoginWords = map[string]bool{"and": true, "or": true, "by": true, "to": true, "from": true,
	"for": true, "with": true, "customer": true, "client": true, "caller": true, "contact": true,
	"patient": true, "user": true, "agent": true, "owner": true, "manager": true, "analyst": true,
	"technician": true, "called": true, "mail": true, "email": true, "phone": true, "note": true,
	"values": true, "insert": true, "into": true, "select": true, "where": true, "in": true, "as": true,
	"on": true, "using": true, "count": true, "sum": true, "exists": true, "not": true, "also": true}

// rsyncTransferUser returns where the user of an rsyncd transfer line starts and ends,
// after "send" or "recv" at s[k:]: " HOST [IP] MODULE (USER) ", or 0, 0. Anonymous
// transfers have no user in brackets.
func rsyncTransferUser(s []byte, k int) (start, end int) {
	if k >= len(s) || s[k] != ' ' {
		return 0, 0
	}
	open := bytes.Index(s[k:min(len(s), k+300)], []byte("] "))
	if open < 0 || bytes.IndexByte(s[k:k+open], '[') < 0 {
		return 0, 0
	}
	m := k + open + 2 // the module
	for m < len(s) && s[m] != ' ' && s[m] != '(' {
		m++
	}
	if m+2 >= len(s) || s[m] != ' ' || s[m+1] != '(' {
		return 0, 0
	}
	start = m + 2
	end = start
	for end < len(s) && end-start <= 64 && s[end] != ')' && s[end] != ' ' {
		end++
	}
	if end >= len(s) || s[end] != ')' || end == start {
		return 0, 0
	}
	return start, end
}

// parenthesizedPhoneLen returns the length of a phone number written with its area code
// in brackets at s[p] ('('), standing alone, no digit or letter right before or after
// it: a North American one, "(NNN) NNN-NNNN" (an exchange code starts with 2 to 9), or a
// Brazilian mobile, "(NN) 9NNNN-NNNN" (an area code of 11 to 99); or 0.
func parenthesizedPhoneLen(s []byte, p int) int {
	if layoutAt(s, p, "(999) 999-9999") && s[p+1] >= '2' && s[p+6] >= '2' {
		return len("(999) 999-9999")
	}
	if layoutAt(s, p, "(99) 99999-9999") && s[p+1] >= '1' && s[p+2] >= '1' && s[p+5] == '9' {
		return len("(99) 99999-9999")
	}
	return 0
}

// layoutAt reports whether s[p:] holds layout ('9' a digit, any other byte itself) with
// no letter or digit right before or after it.
func layoutAt(s []byte, p int, layout string) bool {
	n := len(layout)
	if p+n > len(s) || p > 0 && isAlnum(s[p-1]) || p+n < len(s) && isAlnum(s[p+n]) {
		return false
	}
	for k := range n {
		if c := s[p+k]; layout[k] == '9' && !isDigit(c) || layout[k] != '9' && c != layout[k] {
			return false
		}
	}
	return true
}

// phoneCueWords are words of calling, texting and phone numbers in the languages of
// European logs, lower case, that put a phone number without its country's code within
// the next few words.
var phoneCueWords = map[string]bool{"sms": true, "call": true, "calls": true, "called": true,
	"ring": true, "rang": true, "text": true, "texted": true, "whatsapp": true, "phone": true,
	"mobile": true, "tel": true, "number": true, "volejte": true, "zavolejte": true, "volal": true,
	"llama": true, "llamar": true, "ligar": true, "liga": true, "ligou": true, "telefone": true,
	"telemóvel": true, "móvil": true, "celular": true, "chiamare": true, "anrufen": true,
	"bellen": true, "contacto": true, "contact": true, "reach": true, "reached": true,
	"kontakt": true, "telefon": true, "puhelin": true, "nummer": true, "número": true,
	"numero": true, "telefonu": true, "telefonszám": true, "číslo": true, "numer": true,
	"fax": true, "cell": true, "phoned": true, "tél": true, "tlf": true, "fone": true, "ramal": true}

// phoneCueBefore reports whether a word of phoneCueWords stands among the four words
// before s[i], within 40 bytes, with no sentence's end between.
func phoneCueBefore(s []byte, i int) bool {
	return phoneCueWordBefore(s, i, phoneCueWords)
}

// phoneActionWords are the phoneCueWords of calling and texting, not the words for a
// number: they alone stand before a number that has no group nor trunk 0 (SMS a
// 612448093; not výkaz číslo 918532754).
var phoneActionWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range phoneCueWords {
		switch w {
		case "number", "nummer", "número", "numero", "číslo", "numer", "contact", "contacto", "kontakt":
		default:
			m[w] = true
		}
	}
	return m
}()

func phoneCueWordBefore(s []byte, i int, cues map[string]bool) bool {
	k := i
	for words := 0; words < 4 && k > 0; words++ {
		for k > 0 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == ',') {
			k--
		}
		e := k
		for k > 0 && s[k-1] != ' ' && s[k-1] != '.' && s[k-1] != '!' && s[k-1] != '?' && s[k-1] != '"' && s[k-1] != '(' && s[k-1] != '=' {
			k--
		}
		if e > k && e-k <= 12 && inLower(cues, s[k:trimEnd(s, k, e)]) {
			return true
		}
		if i-k > 40 || k > 0 && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?' || s[k-1] == '"' || s[k-1] == '=') {
			return false
		}
	}
	return false
}

// digitCount counts the digits of v (a phone number's, an HL7 component's).
func digitCount(v []byte) int {
	n := 0
	for _, c := range v {
		if isDigit(c) {
			n++
		}
	}
	return n
}

// areaCodeLen returns the length of an area code in parentheses at the start of s, "(505)"
// (two to five digits), or 0.
func areaCodeLen(s []byte) int {
	k := 1
	for k < len(s) && k <= 6 && isDigit(s[k]) {
		k++
	}
	if k < 3 || k > 6 || k >= len(s) || s[k] != ')' {
		return 0
	}
	return k + 1
}

// dnsTypes are the DNS record types a query log names after its class: IN AAAA.
var dnsTypes = map[string]bool{"A": true, "AAAA": true, "MX": true, "TXT": true, "CNAME": true,
	"PTR": true, "SRV": true, "SOA": true, "NS": true, "ANY": true, "HTTPS": true, "SVCB": true,
	"CAA": true, "DS": true, "DNSKEY": true, "NAPTR": true}

// jenkinsConsoleLine rewrites the lines of a Jenkins build's console that name who
// started it and where it ran ("Started by user Jan Novák": the user's display name, or
// login; "Running on agent-brno-02 in /home/jdoe/...": the agent's host, then the path
// as any), and reports whether s was one.
func (w *worker) jenkinsConsoleLine(s []byte, base int) bool {
	switch {
	case hasPrefixAt(s, 0, "Started by user "):
		k := len("Started by user ")
		end := len(s)
		for end > k && (s[end-1] == ' ' || s[end-1] == '\r') {
			end--
		}
		v := s[k:end]
		if len(v) < 2 || len(v) > 64 || bytes.ContainsAny(v, "\"=<>") {
			return false
		}
		cat := categories.Username
		if bytes.IndexByte(v, ' ') > 0 {
			cat = categories.Fullname
		}
		w.where = w.label("phrase", []byte("started by user"))
		w.contextValue(cat, s, k, end, base)
		return true
	case hasPrefixAt(s, 0, "Running on "):
		k := len("Running on ")
		e := bytes.Index(s[k:], []byte(" in /"))
		if e <= 0 || bytes.IndexByte(s[k:k+e], ' ') >= 0 {
			return false
		}
		if !equalFold(s[k:k+e], "Jenkins") && !equalFold(s[k:k+e], "master") && !equalFold(s[k:k+e], "built-in") {
			w.where = w.label("phrase", []byte("running on"))
			w.contextValue(categories.Hostname, s, k, k+e, base)
		}
		w.where = whereText
		w.scanFrom(s, k+e, modePlain, '\t', base)
		return true
	}
	return false
}

// blueCoatRemark rewrites the remark a Blue Coat ProxySG writes at the head of its
// access log, #Remark: SERIAL "APPLIANCE NAME" "IP" "main", and reports whether s was one.
func (w *worker) blueCoatRemark(s []byte, base int) bool {
	k := len("#Remark: ")
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k < 6 || !hasPrefixAt(s, e, " \"") {
		return false
	}
	q := bytes.IndexByte(s[e+2:], '"')
	if q < 1 {
		return false
	}
	w.where = w.label("field", []byte("appliance serial"))
	w.contextValue(categories.DeviceID, s, k, e, base)
	w.where = w.label("field", []byte("appliance name"))
	w.contextValue(categories.Hostname, s, e+2, e+2+q, base)
	w.where = whereText
	w.scanFrom(s, e+2+q+1, modePlain, '\t', base)
	return true
}

// pingFederateSubject reports whether the "| " field at s[i] is the subject of a
// PingFederate audit line: the third field, after "| tid:" and an event in capitals.
func pingFederateSubject(s []byte, i int) bool {
	eventStart := bytes.LastIndexByte(s[:i-2], '|') + 1
	if eventStart < 8 || !hasPrefixAt(s, eventStart, " ") {
		return false
	}
	for _, c := range s[eventStart+1 : i-2] {
		if !(c >= 'A' && c <= 'Z' || c == '_' || isDigit(c)) {
			return false
		}
	}
	tid := bytes.LastIndexByte(s[:eventStart-1], '|') + 1
	return tid > 0 && hasPrefixAt(s, tid, " tid:") && bytes.IndexByte(s[:tid-1], '|') < 0
}

// shibbolethAuditPrincipal reports whether the '|' field s[i:j] is the principal in the
// Shibboleth IdP's default audit format (%a|%ST|%T|%u|%SP|...): the fourth field, after
// the client's address and two timestamps, before the relying party's entity id (a URL or
// a URN).
func shibbolethAuditPrincipal(s []byte, i, j int) bool {
	if !hasPrefixAt(s, j+1, "https://") && !hasPrefixAt(s, j+1, "http://") && !hasPrefixAt(s, j+1, "urn:") {
		return false
	}
	first := bytes.IndexByte(s, '|')
	if first <= 0 || bytes.Count(s[:i], []byte("|")) != 3 {
		return false
	}
	for _, c := range s[:first] {
		if !isHex(c) && c != '.' && c != ':' {
			return false // (the client's address, IPv4 or IPv6)
		}
	}
	t := s[first+1:]
	return len(t) > 20 && isDigit(t[0]) && t[4] == '-' && t[10] == 'T'
}

// afterSAMLMessageID reports whether the '|' field at s[i] follows an outbound binding
// and a message's id (Shibboleth's default audit format: ...|%bb|%III|%u|...), as the
// principal does.
func afterSAMLMessageID(s []byte, i int) bool {
	idStart := bytes.LastIndexByte(s[:i-1], '|') + 1
	if idStart < 2 || i-1-idStart < 17 || s[idStart] != '_' || !isHexRun(s[idStart+1:i-1]) {
		return false
	}
	bindingStart := bytes.LastIndexByte(s[:idStart-1], '|') + 1
	return hasPrefixAt(s, bindingStart, "urn:oasis:names:tc:SAML:2.0:bindings:")
}

// eximMessageAt reports whether line is one of Exim's main log about a message: a date,
// a time, and the message's id (1rk3dN-0004cT-0W: six, six and two characters).
func eximMessageAt(line []byte) bool {
	k := 20 // after "2024-03-12 09:20:17 "
	if len(line) < k+17 || line[4] != '-' || line[10] != ' ' || line[13] != ':' {
		return false
	}
	return eximIDShaped(line[k:k+16]) && line[k+16] == ' '
}

// eximIDShaped reports whether v is shaped as an Exim message id (1rk3dN-0004cT-0W):
// three runs of letters and digits, no host's labels of other lengths (sin-t3-abg-b5-04).
func eximIDShaped(v []byte) bool {
	if len(v) != 16 || v[6] != '-' || v[13] != '-' {
		return false
	}
	for k, c := range v {
		if k != 6 && k != 13 && !isAlnum(c) {
			return false
		}
	}
	return true
}

// groupedIBANValue rewrites an IBAN in its print form, groups of four, after the key
// s[i:j] and its '=' (iban=CZ65 0800 0000 ...), and returns its end, or j.
func (w *worker) groupedIBANValue(s []byte, i, j int, keyLabel string, base int) int {
	n, ok := categories.IBANAt(s[j+1:])
	if !ok || bytes.IndexByte(s[j+1:j+1+n], ' ') < 0 {
		return j
	}
	w.where = w.label(keyLabel, s[i:j])
	w.contextValue(categories.IBAN, s, j+1, j+1+n, base)
	return j + 1 + n
}

// toStringNameValue rewrites a name part that Java's toString writes with a blank in its
// key, as Adyen's shopperName does ([first name=Ana, infix=null, last name=Vidal Soler,
// gender=FEMALE]), after the key "name" at s[i:j], and returns its end, or j.
func (w *worker) toStringNameValue(s []byte, i, j int, keyLabel string, base int) int {
	if !equalFold(s[max(0, i-6):i], "first ") && !equalFold(s[i-5:i], "last ") {
		return j
	}
	end := bytes.IndexAny(s[j+1:min(len(s), j+64)], ",]")
	if end <= 0 || s[j+1+end-1] == ' ' {
		return j
	}
	w.where = w.label(keyLabel, s[i:j])
	w.contextValue(categories.Fullname, s, j+1, j+1+end, base)
	return j + 1 + end
}

// jsonObjectEnd returns the end of the JSON object that starts at s[i] (a '{'), found by
// its braces outside strings, or -1. Whether it is valid JSON is for the caller to check.
func jsonObjectEnd(s []byte, i int) int {
	depth, inString := 0, false
	for k := i; k < len(s); k++ {
		c := s[k]
		switch {
		case inString && c == '\\':
			k++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return -1
}

// dialledNumber reports whether v is a number as telephony logs write one dialled: seven
// to fifteen digits after an optional '+'; without one, a national number's trunk prefix
// 0 first or ten digits at least (1234567 is an order's, an extension's).
func dialledNumber(v []byte) bool {
	digits := v[btoi(len(v) > 0 && v[0] == '+'):]
	return len(digits) >= 7 && len(digits) <= 15 && isDigitsOnly(digits) &&
		(len(digits) < len(v) || digits[0] == '0' || len(digits) >= 10)
}

// dialledNumberEnd returns the end of a phone number at s[i], seven to fifteen digits
// after an optional '+', that an '@' and a dialplan's context, a trunk's name or a '('
// follow (no mail domain: no '.' in it), or i.
func dialledNumberEnd(s []byte, i int) int {
	d := i + btoi(s[i] == '+')
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d+2 >= len(s) || s[d] != '@' || !dialledNumber(s[i:d]) {
		return i
	}
	if s[d+1] == '(' {
		return d
	}
	e := d + 1
	for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_') {
		e++
	}
	if e == d+1 || e < len(s) && s[e] != ':' && s[e] != ',' && s[e] != ')' && s[e] != '"' && s[e] != ' ' && s[e] != ']' {
		return i // (a mail address: jdoe's 0049151...@example.com has a '.' next)
	}
	return d
}

// percentEmailIn returns the bounds of a mail address in the run s[i:j] whose '@' is
// written %40 or %2540 (in either case), or two equal numbers.
func percentEmailIn(s []byte, i, j int) (int, int) {
	run := s[i:j]
	k := bytes.IndexByte(run, '%')
	for k >= 0 && k+3 <= len(run) {
		n := 0
		switch {
		case run[k+1] == '4' && run[k+2] == '0':
			n = 3
		case k+5 <= len(run) && run[k+1] == '2' && run[k+2] == '5' && run[k+3] == '4' && run[k+4] == '0':
			n = 5
		}
		if n > 0 {
			start := k
			for start > 0 && (isAlnum(run[start-1]) || run[start-1] == '.' || run[start-1] == '_' || run[start-1] == '-' || run[start-1] == '+') {
				start--
			}
			if start > 0 && run[start-1] == '%' && start+2 < k && isHex(run[start]) && isHex(run[start+1]) {
				start += 2 // an escape before the address (mailto%3A) is no part of it
			}
			end := k + n
			for end < len(run) && (isAlnum(run[end]) || run[end] == '.' || run[end] == '-') {
				end++
			}
			for end > k+n && run[end-1] == '.' {
				end--
			}
			domain := run[k+n : end]
			if k-start >= 1 && hasLetter(run[start:k]) && bytes.IndexByte(domain, '.') > 0 && hasLetter(domain[bytes.LastIndexByte(domain, '.'):]) {
				return i + start, i + end
			}
		}
		next := bytes.IndexByte(run[k+1:], '%')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return 0, 0
}

// digitRun returns the number of ASCII digits s starts with.
func digitRun(s []byte) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// ftpFileCommand reports whether cmd is an FTP command whose argument is a file's or a
// folder's path (RFC 959, RFC 3659), as written in capitals.
func ftpFileCommand(cmd []byte) bool {
	switch string(cmd) {
	case "STOR", "RETR", "DELE", "APPE", "STOU", "RNFR", "RNTO", "MKD", "RMD", "XMKD", "XRMD", "CWD", "XCWD", "SIZE", "MDTM", "MLST", "MLSD", "NLST":
		return true
	}
	return false
}

// titleCaseWordIn reports whether v has a word of three letters or more in Title case
// (Rechnung, Sophie), between separators or at its ends.
func titleCaseWordIn(v []byte) bool {
	for k := 0; k+2 < len(v); k++ {
		if v[k] >= 'A' && v[k] <= 'Z' && (k == 0 || !isLetter(v[k-1])) && v[k+1] >= 'a' && v[k+1] <= 'z' && v[k+2] >= 'a' && v[k+2] <= 'z' {
			return true
		}
	}
	return false
}

// deviceEnumerator reports whether name is a Windows Plug and Play enumerator, the first
// part of a device instance path (USB\VID_0781&PID_5583\4C5300012309, PCI\VEN_8086&...).
func deviceEnumerator(name []byte) bool {
	return equalFoldAny(name, "USB", "USBSTOR", "PCI", "HID", "SWD", "ROOT", "ACPI", "SCSI", "STORAGE", "BTHENUM",
		"BTHLE", "BTHLEDEVICE", "DISPLAY", "HDAUDIO", "IDE", "SD", "UMB", "WPDBUSENUM", "MONITOR", "USBPRINT",
		"SWENUM", "TS_USB_HUB_ENUMERATOR", "INTELAUDIO", "USB4", "ACPI_HAL", "UEFI", "VMBUS", "NVME", "BTH", "WUDF")
}

// deviceInstanceAt reads a device instance path at s[i:] (s[j] is the backslash after its
// enumerator) and returns its end. Its bus and hardware ids stay (VID_0781&PID_5583,
// DISK&VEN_SANDISK&PROD_ULTRA_FIT); a part that is a device's own serial (letters and
// digits, ten or more with a digit, or eight with a capital as drive makers write them:
// 4C530001230901118162, R5CW31ABC7K, NACT4R9X) is a device id (Windows' own instance ids,
// 7&2c6ca7f1&0, are in lower case),
// and a Bluetooth device's address (twelve hex digits) a MAC.
func (w *worker) deviceInstanceAt(s []byte, i, j, base int) int {
	end := j
	for end < len(s) && s[end] > ' ' && s[end] != ']' && s[end] != ')' && s[end] != ',' && s[end] != '"' && s[end] != ';' && s[end] != '\'' {
		end++
	}
	components := 0 // the enumerator's, the hardware id's, then the instance's
	for k := j; k < end; {
		e := k + 1
		for e < end && s[e] != '\\' && s[e] != '#' && s[e] != '&' && s[e] != '_' {
			e++
		}
		if s[k] == '\\' || s[k] == '#' {
			components++
		}
		part := s[k+1 : e]
		if components >= 2 && s[k] != '_' && (len(part) >= 10 || len(part) >= 8 && hasUpperLetter(part)) && len(part) <= 40 && isAlnumRun(part) && containsDigit(part) {
			if len(part) == 12 && isHexRun(part) && e < end && s[e] == '_' {
				w.contextValue(categories.MAC, s, k+1, e, base) // BTHENUM\{...}\7&2c6ca7f1&0&A4C6F0B1D2E3_C00000000
			} else {
				w.contextValue(categories.DeviceID, s, k+1, e, base)
			}
		}
		k = e
	}
	return end
}

// isAlnumRun reports whether every byte of v is an ASCII letter or digit.
func isAlnumRun(v []byte) bool {
	for _, c := range v {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// chpasswdInputAt rewrites the account and password that echo pipes into chpasswd at
// s[k:] (echo "root:Passw0rd" | chpasswd, as honeypots record attackers' commands and
// provisioning scripts write them) and returns the end of the pair, or k.
func (w *worker) chpasswdInputAt(s []byte, k, base int) int {
	quote := byte(0)
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		quote = s[k]
		k++
	} else if k+1 < len(s) && s[k] == '\\' && s[k+1] == '"' {
		quote = '"'
		k += 2 // inside a JSON string: echo \"root:x\"
	}
	colon := -1
	e := k
	for e < len(s) && e-k < 128 && s[e] != ' ' && s[e] != '|' && (quote == 0 || s[e] != quote) && !(quote == '"' && s[e] == '\\' && e+1 < len(s) && s[e+1] == '"') {
		if s[e] == ':' && colon < 0 {
			colon = e
		}
		e++
	}
	if colon <= k || colon+1 >= e {
		return k
	}
	after := e
	if quote != 0 {
		if after < len(s) && s[after] == '\\' {
			after++
		}
		after++
	}
	for after < len(s) && s[after] == ' ' {
		after++
	}
	if after >= len(s) || s[after] != '|' {
		return k
	}
	after++
	for after < len(s) && s[after] == ' ' {
		after++
	}
	if hasPrefixAt(s, after, "sudo ") {
		after += 5
	}
	if !hasPrefixAt(s, after, "chpasswd") {
		return k
	}
	w.where = w.label("command", []byte("chpasswd"))
	w.contextValue(categories.Username, s, k, colon, base)
	w.contextValue(categories.Secret, s, colon+1, e, base)
	return e
}

// auditColumnCategory returns the category that an audit trail's column key names for
// the old and new values after it (Oracle E-Business Suite's audit export: COLUMN=CITY,
// OLD=Slough,NEW=Watford; field=email old=... new=...), or "". It looks back over the
// line's last few keys before s[i].
func (w *worker) auditColumnCategory(s []byte, i int) string {
	from := max(0, i-160)
	for _, key := range [...]string{"COLUMN=", "column=", "FIELD=", "field=", "FIELDNAME=", "fieldname=", "ATTRIBUTE=", "attribute=", "column_name=", "field_name="} {
		k := bytes.LastIndex(s[from:i], []byte(key))
		if k < 0 {
			continue
		}
		k += from
		if k > 0 && isAlnum(s[k-1]) {
			continue
		}
		v := k + len(key)
		e := v
		for e < i && (isAlnum(s[e]) || s[e] == '_' || s[e] == '.') {
			e++
		}
		if e > v {
			name := s[v:e]
			if dot := bytes.LastIndexByte(name, '.'); dot >= 0 {
				name = name[dot+1:] // a table's column: HZ_LOCATIONS.CITY
			}
			if c := w.e.rawKeys.lookupAssigned(name); c != "" && c != categories.Time {
				return c
			}
			if n := len(name); n > 6 && equalFold(name[n-6:n-1], "_line") && (equalFold(name[:n-6], "address") || equalFold(name[:n-6], "addr")) {
				return categories.Geo // ADDRESS_LINE1
			}
		}
		return ""
	}
	return ""
}

// familyWord reports the word for a family before its surname, capitalized: Familie,
// Famille, Familia, Famiglia, Rodzina, Gezin, Familjen. (English "Family" comes before
// nouns as often: Family Sharing, Family Room.)
func familyWord(w []byte) bool {
	switch string(w) {
	case "Familie", "Famille", "Familia", "Famiglia", "Rodzina", "Gezin", "Familjen", "Familien":
		return true
	}
	return false
}

// haDeviceEntityPrefix returns the length of the prefix of a Home Assistant entity or
// service that a device's name follows (device_tracker., notify.mobile_app_), or 0. (A
// bare mobile_app_ starts event types too: mobile_app_notification_action.)
func haDeviceEntityPrefix(v []byte) int {
	for _, prefix := range [...]string{"device_tracker.", "notify.mobile_app_"} {
		if len(v) > len(prefix) && string(v[:len(prefix)]) == prefix {
			return len(prefix)
		}
	}
	return 0
}

// cyrillicFullNameEnd returns the end of a name of three capitalized Cyrillic words at
// s[i:] of which the second or third is a patronymic (-вич, -вна, -ична, -ич), or i.
func cyrillicFullNameEnd(s []byte, i int) int {
	var ends [3]int
	k := i
	for n := 0; n < 3; n++ {
		if n > 0 {
			if k+2 >= len(s) || s[k] != ' ' {
				return i
			}
			k++
		}
		r, size := utf8.DecodeRune(s[k:])
		if r < 0x0400 || r > 0x04FF || !unicode.IsUpper(r) {
			return i
		}
		e := k + size
		for e < len(s) {
			r, size := utf8.DecodeRune(s[e:])
			if r < 0x0400 || r > 0x04FF || !unicode.IsLower(r) {
				if r != '-' {
					break
				}
			}
			e += size
		}
		if e-k < 4 {
			return i
		}
		ends[n] = e
		k = e
	}
	if k < len(s) && isAlnum(s[k]) {
		return i
	}
	second := s[ends[0]+1 : ends[1]]
	third := s[ends[1]+1 : ends[2]]
	if patronymic(second) || patronymic(third) {
		return ends[2]
	}
	return i
}

// patronymic reports whether a Cyrillic word ends as a Russian or Ukrainian patronymic:
// -вич, -вна, -ична, -ич (Ильич), -івна (Ukrainian).
func patronymic(w []byte) bool {
	for _, suffix := range [...]string{"вич", "вна", "ична", "ьич", "івна", "ївна"} {
		if len(w) > len(suffix)+2 && string(w[len(w)-len(suffix):]) == suffix {
			return true
		}
	}
	return false
}

// mt940InfoAt reports whether the subfield at s[i] ('?' before it) lies in an MT940
// statement line's :86: field.
func mt940InfoAt(s []byte, i int) bool {
	k := bytes.LastIndex(s[:i], []byte(":86:"))
	return k >= 0 && i-k < 600
}

// zigbeeLine reports whether s is a Zigbee coordinator's log line (zigbee2mqtt's "z2m:"
// and "zh:" namespaces, ZHA's and deCONZ' names), where 0x and sixteen hex digits are a
// device's address, not a pointer.
func zigbeeLine(s []byte) bool {
	return bytes.Contains(s, []byte("z2m:")) || bytes.Contains(s, []byte("zh:")) || bytes.Contains(s, []byte("zigbee")) ||
		bytes.Contains(s, []byte("Zigbee")) || bytes.Contains(s, []byte("deCONZ"))
}

// familySurnameEnd returns the end of the surname at s[k] after a word for a family: one
// capitalized word, or one after its particles (de Vries, van den Berg, Van den Berg);
// or k.
func familySurnameEnd(s []byte, k int) int {
	if p := particlesEnd(s, k); p > k {
		return nameWordEnd(s, p) // de Vries, van den Berg (k when no name follows)
	}
	e := nameWordEnd(s, k)
	if e > k && e+1 < len(s) && s[e] == ' ' && equalFoldAny(s[k:e], "van", "von", "de", "da", "di", "del", "du", "le", "la", "ter", "ten") {
		if p := particlesEnd(s, e+1); p > e+1 {
			return nameWordEnd(s, p) // Van den Berg
		}
		if n := nameWordEnd(s, e+1); n > e+1 {
			return n // Van Dijk
		}
	}
	return e
}

// bsmPassengerAt rewrites the passenger element of an IATA baggage message (RP 1745) at
// s[k:], after ".P/": a count of the party, the surname, then the given names, each
// after a '/' (.P/2DEVRIES/JAN/EVA). It returns the element's end, or k.
func (w *worker) bsmPassengerAt(s []byte, k, base int) int {
	start := k
	for start < len(s) && start-k < 3 && isDigit(s[start]) {
		start++
	}
	end := start
	for end < len(s) && (s[end] >= 'A' && s[end] <= 'Z' || s[end] == '/' || s[end] == '-' || s[end] == '\'') {
		if s[end] == '/' && end+1 < len(s) && s[end+1] == '.' {
			break // the next element of a message flattened onto one line: .P/1DEVRIES/JAN/.L/
		}
		end++
	}
	first := bytes.IndexByte(s[start:end], '/')
	if first < 2 || first+2 >= end-start || end < len(s) && s[end] != ' ' && s[end] != '/' {
		return k
	}
	w.where = w.label("option", []byte(".P"))
	given := start + first + 1
	givenEnd := given
	for givenEnd < end && s[givenEnd] != '/' {
		givenEnd++
	}
	w.contextValue(categories.Fullname, s, start, givenEnd, base) // SURNAME/GIVEN, as a booking writes it
	for k := givenEnd; k < end; {
		e := k + 1
		for e < end && s[e] != '/' {
			e++
		}
		if e > k+1 {
			w.contextValue(categories.Fullname, s, k+1, e, base) // the party's other given names
		}
		k = e
	}
	return end
}

// airimpContactAt rewrites a booking's contact in an SSR element (AIRIMP) that follows
// s[:j] (" LH HK1/...", the airline and the status): an email (CTCE), written with "//"
// for '@' (ANNA.MUELLER//GMX.DE), or a phone number (CTCM). It returns the value's end,
// or j.
func (w *worker) airimpContactAt(s []byte, j int, email bool, base int) int {
	slash := bytes.IndexByte(s[j:min(len(s), j+16)], '/')
	if slash < 0 {
		return j
	}
	for _, c := range s[j : j+slash] {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == ' ') {
			return j
		}
	}
	start := j + slash + 1
	end := start
	for end < len(s) && s[end] != ' ' && !(s[end] == '/' && !email) {
		end++
	}
	if !email {
		if end-start < 7 || !isDigitsOnly(s[start:end]) {
			return j
		}
		w.where = w.label("option", []byte("CTCM"))
		w.contextValue(categories.Phone, s, start, end, base)
		return end
	}
	at := bytes.Index(s[start:end], []byte("//"))
	if at < 1 || start+at+2 >= end {
		return j
	}
	domainEnd := bytes.IndexByte(s[start+at+2:end], '/') // (a language may follow: //GMX.DE/EN)
	if domainEnd < 0 {
		domainEnd = end
	} else {
		domainEnd += start + at + 2
	}
	w.where = w.label("option", []byte("CTCE"))
	w.contextValue(categories.Username, s, start, start+at, base)
	w.contextValue(categories.Domain, s, start+at+2, domainEnd, base)
	return end
}

// nameSlash reports whether v is a passenger's name as bookings write it, SURNAME/GIVEN.
func nameSlash(v []byte) bool {
	slash, _ := pnrName(v)
	return slash > 0
}

// personNameEitherOrder reports whether v is two or three capitalized words of which the
// first or the last is a given name of the list: Aleksi Virtanen, Virtanen Aleksi.
func personNameEitherOrder(v []byte) bool {
	words := bytes.Count(v, []byte(" ")) + 1
	if words < 2 || words > 3 || len(v) > 64 {
		return false
	}
	first, last := v[:bytes.IndexByte(v, ' ')], v[bytes.LastIndexByte(v, ' ')+1:]
	for k := 0; k < len(v); {
		e := nameWordEnd(v, k)
		if e == k {
			return false
		}
		if e < len(v) && v[e] != ' ' {
			return false
		}
		if inLower(notNameWords, v[k:e]) {
			return false
		}
		k = e + 1
	}
	return categories.IsGivenName(first) || categories.IsGivenName(last)
}

// hasUpperLetter reports whether v holds an ASCII capital letter.
func hasUpperLetter(v []byte) bool {
	for _, c := range v {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// hasLowerLetter reports whether v holds a lower case ASCII letter.
func hasLowerLetter(v []byte) bool {
	for _, c := range v {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// cefCustomSlotBefore reports whether the key before the '=' at s[eq] is one of CEF's
// custom string slots (cs1 to cs6), which hold whatever their label names, or nothing
// said when the label is left out.
func cefCustomSlotBefore(s []byte, eq int) bool {
	return eq >= 4 && s[eq-3] == 'c' && s[eq-2] == 's' && s[eq-1] >= '1' && s[eq-1] <= '6' && s[eq-4] == ' '
}

// phoneStartsAfter reports whether a national phone number may start after the byte c:
// a blank, a bracket, a colon, or a field's separator or quote (a CSV's cell
// "07700 914382", an HL7 component after '^').
func phoneStartsAfter(c byte) bool {
	switch c {
	case ' ', '(', ':', ',', ';', '"', '\t', '|', '~', '^':
		return true
	}
	return false
}

// cpanelLogLine reads cPanel's session and login logs, whose account comes after the
// client's address without a key: "[cpaneld] 83.27.144.19 NEW jdoe:SESSIONTOKEN
// address=..." (and PURGE), "[cpaneld] 45.148.10.77 - jdoe "POST /login/..." FAILED
// LOGIN". It reports whether the line was one.
func (w *worker) cpanelLogLine(s []byte, base int) bool {
	if len(s) < 40 || s[0] != '[' {
		return false
	}
	k := -1
	for _, tag := range [...]string{"[cpaneld] ", "[whostmgrd] ", "[webmaild] ", "[security] "} {
		if t := bytes.Index(s[:min(len(s), 64)], []byte(tag)); t >= 0 {
			k = t + len(tag)
			break
		}
	}
	if k < 0 {
		return false
	}
	sp := bytes.IndexByte(s[k:], ' ')
	if sp < 7 {
		return false
	}
	r := k + sp + 1 // after the client's address
	user, secretEnd := -1, -1
	switch {
	case hasPrefixAt(s, r, "NEW ") || hasPrefixAt(s, r, "PURGE "):
		user = r + bytes.IndexByte(s[r:], ' ') + 1
		e := user + len(accountRun(s, user))
		if e == user || e+9 >= len(s) || s[e] != ':' {
			return false
		}
		secretEnd = e + 1 + len(accountRun(s, e+1))
		if secretEnd-e-1 < 8 {
			return false
		}
	case hasPrefixAt(s, r, "- "):
		user = r + 2
		e := user + len(accountRun(s, user))
		if e == user || !hasPrefixAt(s, e, ` "`) {
			return false
		}
	default:
		return false
	}
	end := user + len(accountRun(s, user))
	where := w.where
	w.scanFrom(s[:user], 0, modePlain, '\t', base)
	w.where = w.label("key", []byte("cpanel account"))
	w.contextValue(categories.Username, s, user, end, base)
	if secretEnd > 0 {
		w.where = w.label("key", []byte("cpanel session"))
		w.contextValue(categories.Secret, s, end+1, secretEnd, base)
		end = secretEnd
	}
	w.where = where
	w.scanFrom(s, end, modePlain, '\t', base)
	return true
}

// fortiUserTable reports a FortiOS configuration event on a table of accounts: its
// cfgobj is a login.
func fortiUserTable(s []byte) bool {
	k := bytes.Index(s, []byte(`cfgpath="`))
	if k < 0 {
		return false
	}
	v := s[k+9:]
	for _, t := range [...]string{"user.local\"", "user.ldap\"", "user.radius\"", "user.tacacs+\"", "system.admin\"", "user.peer\""} {
		if bytes.HasPrefix(v, []byte(t)) {
			return true
		}
	}
	return false
}
