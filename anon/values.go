package anon

import (
	"bytes"
	"math"
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/siemanon/siemanon/categories"
)

// keyedValue rewrites a whole value whose category its context names: a JSON key, a
// key=value key, a phrase. It reports false when the value does not have the category's
// shape ("-", "N/A", a sentence at an IP key): the caller then scans it as text, so a
// misfiled value is still found. Values of name categories are learned, so that later
// whole-token occurrences of them are replaced too.
func (w *worker) keyedValue(category string, v []byte, base int) bool {
	v, base = trimValue(v, base)
	if len(v) == 0 || isPlaceholder(v) {
		return true
	}
	from, secrets := len(w.repl), w.secretsMade
	w.mapped = false
	ok := w.appendValueMemo(category, v)
	if !ok {
		w.repl = w.repl[:from]
		return false
	}
	if !w.mapped && bytes.Equal(v, w.repl[from:]) {
		// Nothing was mapped: the value stays by policy (well-known, a provider's name)
		// or its category is off. The caller scans it for shapes, which other categories
		// may find in it (an email in user=00!a@b.com with --only email). A value that
		// was mapped and happens to be its own pseudonym (a fixed point of a permutation,
		// a one-digit number) is still recorded, so what is found does not depend on the
		// key.
		w.repl = w.repl[:from]
		return false
	}
	w.heldSecret = w.secretsMade != secrets && w.lastCat != categories.Secret
	w.addEdit(w.lastCat, base, base+len(v), from)
	w.heldSecret = false
	return true
}

// trimValue drops blanks around a value.
func trimValue(v []byte, base int) ([]byte, int) {
	for len(v) > 0 && (v[0] == ' ' || v[0] == '\t') {
		v, base = v[1:], base+1
	}
	for len(v) > 0 && (v[len(v)-1] == ' ' || v[len(v)-1] == '\t') {
		v = v[:len(v)-1]
	}
	return v, base
}

// isNoUser reports the phrases that stand for no user where one could stand.
func isNoUser(v []byte) bool {
	return equalFoldAny(v, "no user", "unknown user", "not available", "not applicable", "no account", "null sid", "none mapped")
}

// isPlaceholder reports values that stand for "no value", and masks (*****).
func isPlaceholder(v []byte) bool {
	masked := len(v) > 0
	for _, c := range v {
		if c != '*' && c != 'x' && c != 'X' && c != '#' {
			masked = false
			break
		}
	}
	if masked && (v[0] == '*' || v[0] == '#' || len(v) >= 3) {
		return true
	}
	if len(v) > 4 && v[0] == '_' && v[1] == '_' && v[len(v)-1] == '_' && v[len(v)-2] == '_' {
		return true // a driver's own placeholder: Oracle JDBC's HOST=__jdbc__
	}
	switch string(v) {
	case "[FILTERED]", "[REDACTED]", "REDACTED", "[redacted]", "[hidden]", "[HIDDEN]", "<redacted>", "[MASKED]", "$encrypted$", // what a logger put in a value's place (AWX: $encrypted$)
		"[Filtered]", "<sensitive>", "(sensitive value)", "HIDDEN_DUE_TO_SECURITY_REASONS", // Sentry's, Terraform's and CloudTrail's
		"-", "--", "N/A", "n/a", "NA", "null", "NULL", "nil", "none", "None", "(null)", "(none)", "(empty)", "unknown", "Unknown", "?", "*", "unassigned", "Unassigned",
		"Reserved", "reserved", // FortiGate's country of a private or reserved address
		"Default Domain",                // QRadar's tenant when there is none
		"DEDICATED", "SHARED", "POOLED", // an Oracle connect descriptor's SERVER=: the kind of server process
		"Chap-Password", "CHAP-Password", // FreeRADIUS' radpostauth: a CHAP login, whose password the server never sees
		"unset": // auditd's id of no login session, as ausearch -i writes it
		return true
	}
	return false
}

// programFileName reports whether v is a program's file name, with its process id in
// brackets or not (PIProcessBook.exe(8812), sqlservr.exe, ntdll.dll): the program, which
// names no one.
func programFileName(v []byte) bool {
	if n := len(v); n > 2 && v[n-1] == ')' {
		if open := bytes.LastIndexByte(v, '('); open > 0 && isDigitsOnly(v[open+1:n-1]) {
			v = v[:open]
		}
	}
	dot := bytes.LastIndexByte(v, '.')
	return dot > 0 && equalFoldAny(v[dot+1:], "exe", "dll", "sys")
}

// appendValue appends the pseudonym of v as a value of category, or reports false when v
// does not fit it. A value that stays (well-known, category off) appends itself.
func (w *worker) appendValue(category string, v []byte) bool {
	w.lastCat = category
	if (category == categories.Fullname || category == categories.Username) && len(v) <= 5 && equalFoldAny(v, "true", "false", "yes", "no", "ja", "nein", "oui", "non", "nee", "sí", "si", "tak", "nie", "ano", "sim", "não") {
		return false // a flag where a name could stand (given=true, manager=false)
	}
	if (category != categories.URL && category != categories.Path || category == categories.URL && encodedScheme(v) ||
		category == categories.Path && encodedSeparator(v)) && w.decodeDepth < maxDecodeDepth && hasPercentEscape(v) {
		// (A path is decoded only when its separators are encoded, C:%5CUsers%5Cjdoe: a
		// '%' of its own names a variable, %APPDATA%\x.)
		return w.appendPercentEncoded(category, v) // also url=https%3a%2f%2fhost%2f
	}
	switch category {
	case categories.IP, categories.IPv4, categories.IPv6:
		if postalAddressShaped(v) || numberFirstStreetShaped(v) {
			return w.appendValue(categories.Geo, v) // a bank's addr="Goethestraße 7, 63067 Offenbach am Main"
		}
		return w.appendAddress(v, false)
	case littleEndianIntIPv4:
		return w.appendIntIPv4(v)
	case messageIDValue:
		return w.appendMessageID(v)
	case canonicalNameValue:
		return w.appendCanonicalName(v)
	case partyNameValue:
		for k := 1; k < len(v); k++ {
			if v[k-1] == ' ' && categories.LegalSuffixAt(v, k) > k {
				return w.appendValue(categories.Organization, v) // HOFFMANN HAUSTECHNIK GMBH
			}
		}
		return w.appendValue(categories.Fullname, v)
	case userListValue:
		if !hasLetter(v) {
			return false
		}
		if eq := bytes.IndexByte(v, '='); eq > 0 && eq+1 < len(v) && isDigit(v[eq+1]) {
			// A user and a measure of theirs: a usage report's "top users: jdoe=1214MB"
			if !w.appendValue(categories.Username, v[:eq]) {
				return false
			}
			w.repl = append(w.repl, v[eq:]...)
			return true
		}
		if (bytes.IndexByte(v, '|') > 0 || bytes.IndexByte(v, ',') > 0) && bytes.IndexByte(v, ' ') < 0 {
			// Splunk's multivalue field written out: users="ohaugen|isolberg|avirtanen";
			// PBS' Authorized_Users=ndiallo,jlmoreau
			sep := byte('|')
			if bytes.IndexByte(v, '|') < 0 {
				sep = ','
			}
			for k, part := range bytes.Split(v, []byte{sep}) {
				if k > 0 {
					w.repl = append(w.repl, sep)
				}
				if len(part) > 0 && !w.appendValue(categories.Username, part) {
					w.appendScanned(part)
				}
			}
			w.lastCat = categories.Username
			return true
		}
		return w.appendValue(categories.Username, v)
	case roleLoginValue:
		if !roleLoginShaped(v) {
			if roleHolderName(v) {
				return w.appendValue(categories.Fullname, v) // a card's "titulaire":"J. ROUX", conseiller="Émilie Caron"
			}
			return false // agent=Mozilla/5.0, driver=PCL6: a program, no one's login
		}
		if _, ok := w.domainShaped(v); ok {
			return false // (agent=updates.example.com)
		}
		return w.appendValue(categories.Username, v)
	case idLoginValue:
		if !idLoginShaped(v) {
			return false // Okta's 00u1abcdEFGH, ent_Mr0ss3tt1: a record's id, kept
		}
		return w.appendValue(categories.Username, v)
	case sessionIDValue:
		if len(v) <= 6 && isDigitsOnly(v) {
			return false // Windows' SessionId=2, TerminalSessionId: a session's number
		}
		return w.appendValue(categories.Secret, v)
	case terminalValue:
		if !windowsMachineShaped(v) && !(bytes.IndexByte(v, '-') > 0 && containsDigit(v) && hasLetter(v) && isHostShaped(v)) {
			return false // a tty (pts/0, console), a till's number (Terminal=3)
		}
		return w.appendValue(categories.Hostname, v)
	case sidOrSessionValue:
		if n, ok := categories.SIDAt(v); ok && n == len(v) {
			return w.appendValue(categories.SID, v)
		}
		if len(v) < 16 || !sessionIDShaped(v) || !containsDigit(v) {
			return false // a database's system id (sid=ORCL), an SSID's name
		}
		if len(v) == 34 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z' && isHexRun(v[2:]) {
			return false // Twilio's resource ids (CA..., SM... and 32 hex digits): a call's, a message's
		}
		return w.appendValue(categories.Secret, v)
	case pinCodeValue:
		if len(v) < 4 || len(v) > 12 || !isDigitsOnly(v) {
			return false
		}
		return w.appendValue(categories.Secret, v)
	case loginOnlyValue:
		if !accountBytes(v) || !hasLetter(v) {
			return false // witness="Garda Sgt. Clement Keane": a person in words, read as text
		}
		return w.appendValue(categories.Username, v)
	case idDocumentValue:
		if sp := bytes.IndexByte(v, ' '); sp >= 2 && sp <= 4 && isUpperRun(v[:sp]) && sp+6 <= len(v) && bytes.IndexByte(v[sp+1:], ' ') < 0 &&
			containsDigit(v[sp+1:]) && accountBytes(v[sp+1:]) {
			// The document's type, then its number (an Italian register's "CI CA44120KJ",
			// "PASS YA3178402"): the type stays.
			return w.appendAfterKept(v, sp+1, categories.NationalID)
		}
		if categories.ParseNationalID(v) || idNumberShaped(v) {
			return w.appendValue(categories.NationalID, v)
		}
		if bytes.ContainsAny(v, `/\\`) {
			return w.appendValue(categories.Path, v) // LexNET's documento=/var/lexnet/tmp/upload/...: a document's file
		}
		return false // documento=factura_123.pdf: a file, read as text
	case personNameValue:
		if containsDigit(v) || !hasLetter(v) {
			return false // patient=P-0042: an identifier, read as text
		}
		if sp := bytes.IndexByte(v, ' '); sp >= 2 && sp <= 4 && sp+2 < len(v) && equalFoldAny(v[:sp], "mr", "mrs", "ms", "miss", "mx", "dr") {
			return w.appendAfterKept(v, sp+1, categories.Fullname) // an NHS system's patient="MRS ANNE SMITH": the title stays
		}
		return w.appendValue(categories.Fullname, v)
	case knownCityValue:
		if !w.knownCity(v) {
			return false
		}
		return w.appendValue(categories.Geo, v)
	case scopedAffiliationValue:
		at := bytes.IndexByte(v, '@')
		if at < 0 || !inLower(eduPersonAffiliations, v[:at]) {
			return false // a person's mail where a role is expected: the text scan finds it
		}
		w.repl = append(w.repl, v[:at+1]...) // member@wrexford.ac.uk: the role stays, the home's domain goes
		return w.appendValue(categories.Domain, v[at+1:])
	case postalCodeValue:
		if !containsDigit(v) {
			return false // zip=true, compression: zip=gzip
		}
		return w.appendValue(categories.Geo, v)
	case categories.Address:
		if len(v) == 3 && isUpperRun(v) {
			return false // an airport's or a country's code where a flight's or a message's destination goes: dest=VIE, dest=GBR
		}
		if postalAddressShaped(v) || streetShaped(v) || numberFirstStreetShaped(v) {
			return w.appendValue(categories.Geo, v) // a parcel's "address":"Drottninggatan 71"
		}
		if sp := bytes.IndexByte(v, ' '); sp > 0 && personNameAt(v, 0) && bytes.Count(v, []byte(" ")) <= 3 && proseNameEnd(v, 0, sp) == len(v) {
			return w.appendValue(categories.Fullname, v) // a meeting's "Host Name": Oliver Pritchard
		}
		if c := bytes.Index(v, []byte(", ")); c > 0 && bytes.IndexByte(v[:c], ' ') > 0 && hasLetter(v[:c]) && (!isHostShaped(v[:c]) || bytes.Count(v, []byte(", ")) >= 2) && bytes.IndexByte(v, '@') < 0 {
			// A place in words where an address goes: "The Old Rectory, Main Street,
			// Naas", "Flat 7B, Sai Krupa CHS, Karve Road, Pune 411038" (a list of hosts or
			// addresses has no blank inside its first part).
			return w.appendValue(categories.Geo, v)
		}
		return w.appendAddress(v, true)
	case categories.MAC:
		if skip := hardwareIDPrefix(v); skip > 0 {
			// A DHCP client id (01: then the MAC) or a DHCPv6 DUID of the link-layer
			// kinds (00:03:00:01: then the MAC; 00:01:00:01:, four bytes of time, the
			// MAC): the type stays, the MAC is mapped.
			a, _, form, _ := categories.ParseMAC(v[skip:])
			w.repl = append(w.repl, v[:skip]...)
			return w.appendOrKeep(categories.MAC, v[skip:], func() { w.repl = categories.AppendMAC(w.repl, w.mac.Map(a), form) })
		}
		a, n, form, ok := categories.ParseMAC(v)
		if ok && n < len(v) && form.Sep == ':' {
			return w.appendLinkHeader(v)
		}
		if !ok {
			a, form, ok = categories.ParseBareMAC(v)
			n = len(v)
		}
		if !ok && len(v) >= 8 && len(v) <= 16 && isDigitsOnly(bytes.TrimPrefix(v, []byte("+"))) {
			return w.appendValue(categories.Phone, v) // a mobile network's Calling-Station-Id: the subscriber's MSISDN
		}
		if !ok || n != len(v) {
			return false
		}
		return w.appendOrKeep(categories.MAC, v, func() { w.repl = categories.AppendMAC(w.repl, w.mac.Map(a), form) })
	case categories.Email:
		if lt := bytes.LastIndex(v, []byte(" <")); lt > 0 && v[len(v)-1] == '>' && bytes.IndexByte(v[lt:], '@') > 0 {
			return w.appendValue(categories.Fullname, v) // from="Anna Berg <a.berg@...>": the name and the address
		}
		if sp := bytes.IndexByte(v, ' '); sp > 0 && bytes.IndexByte(v, '@') < 0 && personNameAt(v, 0) && bytes.Count(v, []byte(" ")) <= 3 && proseNameEnd(v, 0, sp) == len(v) {
			return w.appendValue(categories.Fullname, v) // a parcel's recipient="Dimitrios Papadakis": a person, not a mailbox
		}
		at := bytes.LastIndexByte(v, '@')
		if at <= 0 {
			if len(v) > 8 && v[0] == '+' && isDigitsOnly(v[1:]) || len(v) >= 10 && len(v) <= 15 && isDigitsOnly(v) && v[0] != '0' && !(len(v) == 14 && (v[0] == '1' || v[0] == '2')) || len(v) >= 11 && len(v) <= 16 && v[0] == '0' && v[1] == '0' && isDigitsOnly(v) {
				// An SMS's From and To (Twilio: +31612843907; MessageBird's recipient and
				// originator: 31612843907, or 0031612843907): a phone number. (Fourteen digits
				// from 1 or 2 are a time: 20240314081410.)
				return w.appendValue(categories.Phone, v)
			}
			if roleDotLogin(v) || tieredTeamLogin(v) {
				return w.appendValue(categories.Username, v) // a case's to=investigator.lgarcia: a login, no mailbox
			}
			return false
		}
		if algorithmDomain(v[at+1:]) {
			w.repl = append(w.repl, v...) // aes256-gcm@openssh.com: an algorithm's name
			return true
		}
		if at > 7 && bytes.HasSuffix(v[:at], []byte("#EXT#")) {
			return w.appendGuestUPN(v, at)
		}
		start, end, ok := categories.EmailAt(v, at)
		// At an email key a domain without a public suffix (jane@corp) counts too.
		if !(ok && start == 0 && end == len(v)) && !(isAccountShaped(v[:at]) && isHostShaped(v[at+1:])) {
			return false
		}
		w.learnLocalPart(v[:at])
		return w.appendOrKeep(categories.Email, v, func() { w.repl = w.cached(categories.Email, v, w.emailPseudonym) })
	case categories.Username:
		if len(v) > 1 && (v[0] == '#' && allDigits(v[1:]) || v[0] == '%') || string(v) == "ALL" || len(v) == 1 && !isAlnum(v[0]) {
			return false // sudo's #UID, %group and ALL (sudoUser=#1017), a lone @: no login's name
		}
		if len(v) > 7 && upperIdentifier(v) && string(v[len(v)-7:]) == "_SYSTEM" {
			return false // a product's own account, as SYSTEM is Windows': SALTO_SYSTEM, SAP_SYSTEM
		}
		if exceptionClassName(v) {
			return false // Java's "Caused by: java.io.IOException": a class where "by:" names a login
		}
		if surnameCommaName(v) {
			return w.appendValue(categories.Fullname, v) // an access system's "User" column: Okafor, Chidi
		}
		if bytes.IndexByte(v, ' ') > 0 && endsInLegalForm(v) {
			return w.appendValue(categories.Organization, v) // SentinelOne's accountName: the customer's firm (Corvane Retail Group plc)
		}
		if len(v) > 12 && string(v[:4]) == "arn:" {
			// An AWS principal's ARN where a login goes (API Gateway's $context.userArn):
			// the user or the role's session at its end; the account and the path stay.
			if slash := bytes.IndexByte(v, '/'); slash > 0 {
				if start, end := arnPrincipal(v, 0, slash); end == len(v) && start < end {
					w.repl = append(w.repl, v[:start]...)
					return w.appendValue(categories.Username, v[start:])
				}
			}
			return false
		}
		if macAuthLogin(v) {
			return w.appendValue(categories.MAC, v) // MAC authentication bypass: the device's MAC is its login
		}
		if n := len(v); n > 3 && v[n-1] == '.' && v[n-2] != '.' && bytes.IndexByte(v, ' ') < 0 {
			// A sentence's full stop after the login (OSUser: RIEDEL\l.moser. Trust: ...):
			// no login ends in a dot, and the login is the same as without it.
			from := len(w.repl)
			if w.appendValue(categories.Username, v[:n-1]) {
				w.repl = append(w.repl, '.')
				return true
			}
			w.repl = w.repl[:from]
			return false
		}
		if len(v) > 2 && v[0] == '@' && v[1] != '@' && bytes.IndexByte(v[1:], '@') < 0 {
			w.repl = append(w.repl, '@') // a handle (@pixelkrieger), Guacamole's @UUID: the mark stays
			if !w.appendValue(categories.Username, v[1:]) {
				w.appendScanned(v[1:])
			}
			return true
		}
		if sp := bytes.IndexByte(v, ' '); sp > 0 && v[len(v)-1] == ')' && personNameAt(v, 0) {
			// A person where a login goes, with a role in brackets, which stays:
			// reviewer="Rebekka Todd (Data Protection Officer)" (a login in brackets is
			// the account's own, read by appendAccount: Jane Doe (jdoe)).
			if end := proseNameEnd(v, 0, sp); end+3 < len(v) && hasPrefixAt(v, end, " (") && bytes.IndexByte(v[end+2:len(v)-1], ' ') > 0 {
				from := len(w.repl)
				if w.appendValue(categories.Fullname, v[:end]) {
					w.appendScanned(v[end:]) // the role, read as text
					return true
				}
				w.repl = w.repl[:from]
			}
		}
		if n, ok := categories.IBANAt(v); ok && n == len(v) && w.e.cats.on(categories.IBAN) {
			return w.appendValue(categories.IBAN, v) // acct=NL81RABO0312345678: an account's IBAN, not a login
		}
		if len(v) >= 9 && isDigit(v[0]) && !isDigitsOnly(v) && categories.ParseNationalID(v) && w.e.cats.on(categories.NationalID) {
			return w.appendValue(categories.NationalID, v) // Canvas' login_id=34591749W: a DNI as the login keeps its form
		}
		if n := awsUniqueIDLen(v); n > 0 {
			// An AWS unique id (AIDA... a user's, AROA...:SESSION a role's with the
			// session's name): the kind stays, the id keeps its length and classes, the
			// session is a user's.
			w.repl = append(w.repl, v[:4]...)
			w.appendOrKeep(categories.Username, v[4:n], func() { w.repl = w.secrets.Append(w.repl, v[4:n]) })
			w.lastCat = categories.Username
			if n < len(v) && v[n] == ':' && n+1 < len(v) {
				w.repl = append(w.repl, ':')
				from := len(w.repl)
				if !w.appendValue(categories.Username, v[n+1:]) {
					w.repl = append(w.repl[:from], v[n+1:]...)
				}
			} else {
				w.repl = append(w.repl, v[n:]...)
			}
			w.lastCat = categories.Username
			return true
		}
		if k := bytes.Index(v, []byte(`:\`)); k > 0 && bytes.IndexByte(v[:k], '@') > 0 {
			// A mailbox's folder (Exchange: -Identity jdoe@example.com:\Calendar): the
			// address, and the folder's name as it is.
			from := len(w.repl)
			if w.appendValue(categories.Email, v[:k]) {
				w.repl = append(w.repl, v[k:]...)
				return true
			}
			w.repl = w.repl[:from]
		}
		if isIPShaped(v) {
			// An address where a user was expected (Username = 10.1.2.3): an address,
			// scanned as one when its category is off.
			return w.appendAddress(v, false)
		}
		if n, ok := categories.SIDAt(v); ok && n == len(v) {
			return w.appendValue(categories.SID, v) // CEF's suid=S-1-5-21-...: a SID, not a name
		}
		if bytes.HasPrefix(v, []byte("https://")) || bytes.HasPrefix(v, []byte("http://")) {
			return w.appendValue(categories.URL, v) // Forcepoint's duser=https://...: where data went
		}
		if len(v) > 3 && v[0] == '$' {
			if colon := bytes.IndexByte(v, ':'); colon > 1 && colon+1 < len(v) && isLettersOnly(v[1:colon]) {
				// An SDK's anonymous id: RevenueCat's $RCAnonymousID:HEX, Mixpanel's
				// $device:UUID; the kind stays, the id maps as a device's.
				if w.appendAfterKept(v, colon+1, categories.DeviceID) {
					return true
				}
			}
		}
		if randomIDShaped(v) {
			// A generated user id (Firebase's uid kX9cT2mQpRb7WvN4hL0sYe3uJ1a2): an id of
			// the same length and classes, not a login spelled from name words.
			if Learnable(v) {
				w.learn(categories.Username, v)
			}
			return w.appendOrKeep(categories.Username, v, func() { w.repl = w.secrets.Append(w.repl, v) })
		}
		if len(v) > 3 && v[0] == '\\' && v[1] == '\\' && isAlnum(v[2]) {
			return w.appendValue(categories.Path, v) // Forcepoint's duser=\\PRN-01.corp.example\Floor3: a printer's share
		}
		return w.appendAccount(v)
	case categories.Hostname, categories.Domain:
		if category == categories.Hostname && len(v) <= 8 && inFolded(platformNames, v) {
			return false // Zoom's Device column: Windows, iOS, Phone, a kind and not a machine
		}
		if len(v) > 18 && equalFold(v[:18], "Microsoft-Windows-") {
			// An event provider's name (Microsoft-Windows-Sysmon) where QRadar's SourceName
			// holds a host: NXLog's Windows events share the key, and their SourceIp
			// makes them look like QRadar's.
			return false
		}
		if category == categories.Domain && isPublicSuffixLabel(v) {
			w.repl = append(w.repl, v...) // DC=com
			return true
		}
		if a, n, _, ok := categories.ParseIPv4(v); ok && n == len(v) {
			_ = a
			return w.appendAddress(v, false)
		}
		if versionShaped(v) {
			return false // node: 'v16.20.2': a version where a host was expected
		}
		if category == categories.Domain && bytes.IndexByte(v, '.') > 0 && allGenericLabels(v) {
			return false // Nexus' audit domain, security.user: words, no one's domain
		}
		if len(v) == 15 && (string(v[:3]) == "SEP" || string(v[:3]) == "ATA") && category == categories.Hostname {
			if a, form, ok := categories.ParseBareMAC(v[3:]); ok {
				// A Cisco IP phone (SEP00270D3C4A1B) or analog adapter, named by its
				// MAC: the kind stays, the MAC maps as one.
				w.repl = append(w.repl, v[:3]...)
				return w.appendOrKeep(categories.MAC, v[3:], func() { w.repl = categories.AppendMAC(w.repl, w.mac.Map(a), form) })
			}
		}
		if b := bytes.IndexByte(v, '\\'); b > 0 && b < len(v)-1 && category == categories.Hostname && isHostShaped(v[:b]) && isHostShaped(v[b+1:]) {
			// A Windows client named with its domain, DOMAIN\MACHINE (Oracle's
			// listener: HOST=CORP\WS-0044)
			w.appendHost(categories.Domain, v[:b], true)
			w.repl = append(w.repl, '\\')
			w.appendHost(categories.Hostname, v[b+1:], true)
			return true
		}
		if !isHostShaped(v) {
			if category == categories.Hostname && (personNameAt(v, 0) && bytes.Count(v, []byte(" ")) <= 3 && proseNameEnd(v, 0, bytes.IndexByte(v, ' ')) == len(v) || surnameCommaGiven(v)) {
				// A person's name where a machine's goes: a legal aid export's client_name
				// (Meraki's clientName is a device), a desk's host.
				return w.appendValue(categories.Fullname, v)
			}
			if k := possessiveEnd(v); k > 0 && category == categories.Hostname {
				// A device named for its owner (Maria's iPhone, Ngozi’s iPad): the
				// owner's name goes, the device stays.
				from := len(w.repl)
				owner := categories.Fullname
				if cat, ok := w.learnedToken(v[:k]); ok && cat == categories.Username {
					owner = cat // the user seen as jolanthe@example.com: the same pseudonym
				}
				if w.appendValue(owner, v[:k]) {
					w.appendScanned(v[k:]) // the device's model, read as text
					w.lastCat = categories.Hostname
					return true
				}
				w.repl = w.repl[:from]
			}
			if k := ownerAfterDevice(v); k > 0 && category == categories.Hostname && bytes.Count(v[k:], []byte(" ")) <= 1 {
				// The same in the languages that name the owner after the device
				// (iPhone van Mathilde, iPad de María, MacBook Pro von Jürgen).
				from := len(w.repl)
				w.appendScanned(v[:k])
				end := len(v)
				if v[k-1] == '(' {
					end-- // MacBook Pro (Ondřej)
				}
				if w.appendValue(categories.Fullname, v[k:end]) {
					w.repl = append(w.repl, v[end:]...)
					w.lastCat = categories.Hostname
					return true
				}
				w.repl = w.repl[:from]
			}
			return false
		}
		w.appendHost(category, v, true)
		return true
	case categories.URL:
		if sp := bytes.IndexByte(v, ' '); sp >= 3 && sp <= 7 && sp+2 < len(v) && v[sp+1] == '/' && httpMethods[string(v[:sp])] {
			// A request line where a URL was expected (PHP-FPM's request: "POST
			// /index.php?email=..."): the method stays, the target is a URL's path.
			w.repl = append(w.repl, v[:sp+1]...)
			target, protocol := v[sp+1:], []byte(nil)
			if p := bytes.IndexByte(target, ' '); p > 0 {
				target, protocol = target[:p], target[p:] // HTTP/1.1, as nginx's request: "GET /x HTTP/1.1" ends
			}
			if q := bytes.IndexByte(target, '?'); q >= 0 {
				w.appendURLPath(target[:q])
				w.repl = append(w.repl, '?')
				w.appendQuery(target[q+1:])
			} else {
				w.appendURLPath(target)
			}
			if len(protocol) > 0 {
				w.appendScanned(protocol) // HTTP/1.1, and the request's headers after it (F5 ASM's request=)
			}
			w.lastCat = categories.URL
			return true
		}
		if len(v) > 18 && equalFold(v[:17], "jdbc:oracle:thin:") {
			w.appendOracleThinURL(v)
			return true
		}
		if len(v) > 8 && string(v[:5]) == "jdbc:" && bytes.Contains(v[5:min(len(v), 32)], []byte("://")) {
			// A JDBC URL: jdbc: and the driver's own URL (jdbc:postgresql://host:5432/db).
			if w.appendAfterKept(v, 5, categories.URL) {
				return true
			}
		}
		if bytes.IndexByte(v, '/') < 0 {
			return false // no URL (kadmind's Request: kadm5_create_principal): scanned as text
		}
		if sp := bytes.IndexByte(v, ' '); sp >= 0 {
			// A request line at a URL's key (nginx's request: "GET /x?sig=... HTTP/2.0"):
			// the target is the URL.
			end := bytes.LastIndexByte(v, ' ')
			if !httpMethods[string(v[:sp])] || end <= sp+1 || !bytes.HasPrefix(v[end+1:], []byte("HTTP/")) ||
				bytes.IndexByte(v[sp+1:end], ' ') >= 0 {
				return false
			}
			w.repl = append(w.repl, v[:sp+1]...)
			w.appendURL(v[sp+1 : end])
			w.repl = append(w.repl, v[end:]...)
			w.lastCat = categories.URL
			return true
		}
		w.appendURL(v)
		w.lastCat = categories.URL // not the category of a part mapped inside (?user=, ?sig=)
		return true
	case categories.Path:
		if bytes.IndexByte(v, '/') < 0 && bytes.IndexByte(v, '\\') < 0 {
			// A bare file name (fname=Q1-report.xlsx): mapped as the same name is in a
			// path, so that fname= does not give away what filePath= hides. A source file
			// with its line (file="ccmmessaging.cpp:2311", CMTrace) and a word in capitals
			// (Windows Firewall's path column: RECEIVE, SEND) name no one.
			if bytes.IndexByte(v, ' ') >= 0 || !hasLetter(v) || sourceLineShaped(v) || bytes.IndexByte(v, '.') < 0 && upperIdentifier(v) || programFileName(v) {
				return false
			}
			return w.appendOrKeep(categories.Path, v, func() { w.repl = w.paths.AppendComponent(w.repl, v) })
		}
		if user := vaultLoginUser(v); user > 0 && w.e.cats.on(categories.Username) {
			// HashiCorp Vault: auth/userpass/login/jdoe, auth/ldap/login/jdoe
			end := len(v)
			if slash := bytes.IndexByte(v[user:], '/'); slash >= 0 {
				end = user + slash
			}
			w.repl = append(w.repl, v[:user]...)
			w.appendUser(v[user:end])
			w.repl = append(w.repl, v[end:]...)
			return true
		}
		return w.appendOrKeep(categories.Path, v, func() {
			w.appendPath(v)
			w.lastCat = categories.Path // not that of a word scanned in a component
		})
	case categories.Secret:
		if len(v) <= 10 && equalFoldAny(v, "valid", "invalid", "verified", "unverified", "missing", "present", "expired", "required", "absent", "true", "false") {
			w.repl = append(w.repl, v...) // a check's verdict or a flag where a secret could stand: signature=VALID, token=true
			return true
		}
		if cmdletShaped(v) {
			w.repl = append(w.repl, v...) // a script's $Password = Read-Host: a command, no secret
			return true
		}
		if len(v) > 12 && hasPrefixAt(v, 0, "hmac-sha256:") {
			w.repl = append(w.repl, v...) // HashiCorp Vault's audit log hashes what it logs: already no secret
			return true
		}
		if emptyPasswordHash(v) {
			w.repl = append(w.repl, v...) // the hash of no password says so, and names no one
			w.mapped = true
			return true
		}
		if n, ok := categories.IBANAt(v); ok && n == len(v) && len(v) >= 15 && w.e.cats.on(categories.IBAN) {
			return w.appendValue(categories.IBAN, v) // an account number's key holding an IBAN: kept an IBAN
		}
		if n := authSchemeLen(v); n > 0 && n < len(v) {
			// Authorization: Bearer TOKEN: the scheme says how, and stays.
			w.repl = append(w.repl, v[:n]...)
			return w.appendValue(categories.Secret, v[n:])
		}
		if prefix, n := tokenAt(v); prefix > 0 && n == len(v) {
			// A credential with its issuer's prefix (token=ghp_...): the prefix stays.
			w.repl = append(w.repl, v[:prefix]...)
			return w.appendValue(categories.Secret, v[prefix:])
		}
		if p := cryptSchemeLen(v); p > 0 && len(v)-p >= 4 {
			// $9$... (Junos), $8$... (Cisco), $6$...: the scheme says how it was made, and stays.
			w.repl = append(w.repl, v[:p]...)
			return w.appendValue(categories.Secret, v[p:])
		}
		if len(v) > 3 && v[0] == '0' && v[1]|0x20 == 'x' && isHexRun(v[2:]) {
			w.repl = append(w.repl, v[:2]...) // a key written 0x...: still one in hex
			return w.appendValue(categories.Secret, v[2:])
		}
		if isCookieList(v) {
			// Cookie: a=1; b=2: the names say what is kept, the values are the secrets.
			for len(v) > 0 {
				part := v
				if semi := bytes.IndexByte(v, ';'); semi >= 0 {
					part = v[:semi+1]
				}
				eq := bytes.IndexByte(part, '=')
				w.repl = append(w.repl, part[:eq+1]...)
				value := bytes.TrimRight(part[eq+1:], "; ")
				if len(value) > 0 {
					w.appendValue(categories.Secret, value)
				}
				w.repl = append(w.repl, part[eq+1+len(value):]...)
				v = v[len(part):]
			}
			return true
		}
		if isAuthScheme(v) {
			w.repl = append(w.repl, v...) // a scheme without credentials: nothing secret
			return true
		}
		ok := w.appendOrKeep(categories.Secret, v, func() { w.repl = w.secrets.Append(w.repl, v) })
		if ok && learnableSecret(v) {
			// A password typed again later in the line (a retry, a command line) or in a
			// later line is the same secret: replaced wherever it stands as a token.
			w.learn(categories.Secret, v)
		}
		return ok
	case categories.Fullname:
		if slash, title := pnrName(v); slash > 0 {
			// An airline's passenger name, SURNAME/GIVEN and a title (BERZINA/LIGA MRS):
			// mapped as "SURNAME, GIVEN", the slash and the title kept.
			plain := append(append(append(w.joinedName[:0], v[:slash]...), ',', ' '), v[slash+1:title]...)
			w.joinedName = plain
			if _, ok := w.appendReversedName(plain, '/'); !ok {
				w.repl = append(w.repl, v[:title]...)
			}
			w.repl = append(w.repl, v[title:]...)
			w.lastCat = categories.Fullname
			return true
		}
		if lt := bytes.LastIndex(v, []byte(" <")); lt > 0 && v[len(v)-1] == '>' && bytes.IndexByte(v[lt:], '@') > 0 {
			// A name with its address: 收件人="王芳 <wang.fang@example.cn>"
			from := len(w.repl)
			if w.appendValue(categories.Fullname, v[:lt]) {
				w.repl = append(w.repl, ' ', '<')
				if w.appendValue(categories.Email, v[lt+2:len(v)-1]) {
					w.repl = append(w.repl, '>')
					w.lastCat = categories.Fullname
					return true
				}
			}
			w.repl = w.repl[:from]
		}
		if sp := bytes.IndexByte(v, ' '); sp > 0 && sp+2 < len(v) && honorificShapes.may(v[:sp]) && honorifics[string(v[:sp])] {
			// A title stays: Ing. Alois Novák, Mgr. Jana Dvořáková, Frau Dr. Weber
			if w.appendAfterKept(v, sp+1, categories.Fullname) {
				return true
			}
		}
		if endsInLegalForm(v) {
			return w.appendValue(categories.Organization, v) // Dbtr="Weber Maschinenbau GmbH": a firm where a person may stand
		}
		if (hasPrefixAt(v, 0, "An ") || hasPrefixAt(v, 0, "A ") || hasPrefixAt(v, 0, "The ")) && lowerWordAfterCapital(v) {
			return false // a phrase where a name goes: GitLab's author_name "An unauthenticated user"
		}
		otherScript := !hasLetter(v) && hasOtherScriptLetter(v) // 李娜, فاطمة الزهراء
		if !hasLetter(v) && !otherScript || bytes.IndexByte(v, '@') >= 0 || isWellKnownCN(v) {
			return false
		}
		if publicCAName(v) {
			w.repl = append(w.repl, v...) // CN=Sectigo RSA Organization Validation Secure Server CA
			return true
		}
		if sp := bytes.IndexByte(v, ' '); sp > 0 && inLower(knownVendors, v[:sp]) {
			if c := bytes.Index(v, []byte(": ")); c > sp && c+2 < len(v) {
				// A certificate's kind, then its holder: Apple Distribution: Ana Garcia (TEAMID)
				if w.appendAfterKept(v, c+2, categories.Fullname) {
					return true
				}
			}
			return false // a product where a person was expected: caller_id=Microsoft Defender for Endpoint
		}
		if bytes.IndexByte(v, ' ') < 0 && !bytes.Contains(v, []byte(`\,`)) && !otherScript {
			// One word: an account or a host more often than a person (CN=jdoe, CN=WKS-042),
			// or a host name in a certificate's subject (CN=www.example.com).
			if len(v) >= 4 && v[0] >= 'A' && v[0] <= 'Z' && v[1] == '.' && nameWordEnd(v, 2) == len(v) {
				// An initial and a surname as one word (T.Moreau): the name "T. Moreau",
				// written back without its blank, so both forms share a pseudonym.
				w.joinedName = append(append(append(w.joinedName[:0], v[:2]...), ' '), v[2:]...)
				from := len(w.repl)
				if w.appendValue(categories.Fullname, w.joinedName) && len(w.repl) > from+3 && w.repl[from+1] == '.' && w.repl[from+2] == ' ' {
					w.repl = append(w.repl[:from+2], w.repl[from+3:]...)
					return true
				}
				w.repl = w.repl[:from]
			}
			if _, ok := w.domainShaped(v); ok {
				return w.appendValue(categories.Hostname, v)
			}
			if (capitalizedWord(v) || capitalizedBeyondASCII(v)) && (!bytes.ContainsAny(v, ".'") || bytes.IndexByte(v, '.') < 0 && nameWordEnd(v, 0) == len(v)) &&
				!categories.IsWellKnownAccount(v) { // (O'Connell, D'Angelo: a surname's apostrophe)
				// One capitalized word at a name's key (first_name, sn, displayName):
				// a given name or a surname, mapped as the word of a name.
				w.learn(categories.Fullname, v)
				return w.appendOrKeep(categories.Fullname, v, func() { w.repl = w.cached(categories.Fullname, v, w.fullnames.Append) })
			}
			if len(v) > 2 && v[0] == '*' && v[1] == '.' {
				if _, ok := w.domainShaped(v[2:]); ok {
					w.repl = append(w.repl, "*."...) // a wildcard certificate's name
					return w.appendValue(categories.Hostname, v[2:])
				}
			}
			return w.appendValue(categories.Username, v)
		}
		if bytes.Contains(v, []byte(`\,`)) {
			// CN=Smith\, John: the name is "Smith, John"; its pseudonym is escaped alike.
			plain := bytes.ReplaceAll(v, []byte(`\,`), []byte(","))
			from := len(w.repl)
			if !w.appendValue(categories.Fullname, plain) {
				return false
			}
			escaped := bytes.ReplaceAll(w.repl[from:], []byte(","), []byte(`\,`))
			w.repl = append(w.repl[:from], escaped...)
			return true
		}
		if open := bytes.Index(v, []byte(" (")); open > 0 && v[len(v)-1] == ')' && bytes.IndexByte(v[open+2:], '(') < 0 {
			// A name and a note in brackets (Jane Doe (Guest), Livio Rossi (jrossi)): the
			// name as a name, the note read as text.
			from := len(w.repl)
			if w.appendValue(categories.Fullname, v[:open]) {
				w.repl = append(w.repl, " ("...)
				if note := v[open+2 : len(v)-1]; capitalizedWord(note) && categories.IsGivenName(note) {
					w.appendValue(categories.Fullname, note) // a register's "Jansen-Kok, F.M. (Fleur)": the name called by
				} else {
					w.appendScanned(note)
				}
				w.repl = append(w.repl, ')')
				w.lastCat = categories.Fullname
				return true
			}
			w.repl = w.repl[:from]
		}
		w.learn(categories.Fullname, v)
		return w.appendOrKeep(categories.Fullname, v, func() { w.repl = w.cached(categories.Fullname, v, w.fullnames.Append) })
	case categories.Organization:
		if !hasLetter(v) && !hasOtherScriptLetter(v) { // (杭州华信科技有限公司, שירה כהן בע"מ)
			return false
		}
		if orgCodeShaped(v) {
			return false // a site's code, school=HCES-104: scanned as text
		}
		if categories.IsWellKnownOrganization(v) {
			w.repl = append(w.repl, v...) // O=Let's Encrypt, O=DigiCert Inc: an issuer, no one's employer
			return true
		}
		if _, ok := w.domainShaped(v); ok && bytes.IndexByte(v, ' ') < 0 {
			// An organisation named by its domain (Exchange Online's message trace:
			// Organization kovacsker.onmicrosoft.com): a domain, mapped as one.
			w.appendHost(categories.Domain, v, true)
			w.lastCat = categories.Domain
			return true
		}
		if bytes.IndexByte(v, ' ') < 0 && bytes.IndexAny(v, "-_") > 0 {
			// A slug (a GitHub organisation's login, acme-example) stands in other
			// values as a token (the repository acme-example/app): learned, as a
			// user's login is.
			w.learn(categories.Organization, v)
		}
		return w.appendOrKeep(categories.Organization, v, func() { w.repl = w.cached(categories.Organization, v, w.orgs.Append) })
	case categories.Coordinate:
		if _, _, ok := coordinatePair(v); !ok && geopointLonEnd(v) == 0 {
			if _, lonEnd := hemispherePair(v); lonEnd == 0 {
				return false
			}
		}
		return w.appendValue(categories.Geo, v)
	case categories.Geo:
		if clockTime(v) {
			return false // a place's key holding a time: pickup=07:05
		}
		if lonEnd := geopointLonEnd(v); lonEnd > 0 {
			// ODK's geopoint, "lat lon altitude accuracy": the position mapped, the
			// altitude and the accuracy kept.
			sp := bytes.IndexByte(v, ' ')
			return w.appendOrKeep(categories.Geo, v, func() {
				w.repl = w.geo.AppendCoordinate(w.repl, v[:sp])
				w.repl = append(w.repl, ' ')
				w.repl = w.geo.AppendCoordinate(w.repl, v[sp+1:lonEnd])
				w.repl = append(w.repl, v[lonEnd:]...)
			})
		}
		if lonStart, lonEnd := hemispherePair(v); lonEnd > 0 {
			// 59.3327N 1.6400W: the numbers mapped, the hemispheres' letters kept
			return w.appendOrKeep(categories.Geo, v, func() {
				w.repl = w.geo.AppendCoordinate(w.repl, v[:lonStart-2])
				w.repl = append(w.repl, v[lonStart-2:lonStart]...)
				w.repl = w.geo.AppendCoordinate(w.repl, v[lonStart:lonEnd])
				w.repl = append(w.repl, v[lonEnd:]...)
			})
		}
		if lat, lon, ok := coordinatePair(v); ok {
			// A location in decimal degrees, one (53.5511) or a pair (34.05, -118.24).
			return w.appendOrKeep(categories.Geo, v, func() {
				w.repl = w.geo.AppendCoordinate(w.repl, lat)
				if lon != nil {
					w.repl = append(w.repl, v[len(lat):len(v)-len(lon)]...)
					w.repl = w.geo.AppendCoordinate(w.repl, lon)
				}
			})
		}
		if hasNonLatinLetter(v) {
			// A place written in another script (東京都世田谷区桜新町2-14-7, Москва): a
			// keyed city's name in its stead, as a place's parts cannot be told apart.
			return w.appendOrKeep(categories.Geo, v, func() { w.repl = w.cached(categories.Geo, v, w.geo.AppendCity) })
		}
		if !hasLetter(v) && !containsDigit(v) || !hasLetter(v) && bytes.IndexByte(v, '.') >= 0 {
			// Punctuation, or dotted numbers: an address or a range of them (PAN-OS names
			// the private ranges as regions), scanned as text, not a postal code.
			return false
		}
		if cloudRegionCode(v) {
			w.repl = append(w.repl, v...) // a data centre's region (eu-central-1), no one's place
			return true
		}
		if parts := bytes.Count(v, []byte(", ")); parts >= 1 && parts <= 3 && (!containsDigit(v) || numberedRegionOnly(v)) {
			// A place written city, region, country ("Bucharest, Bucuresti, RO"): each
			// part mapped on its own, a country as a country; a region's number stays
			// ("Vilnius, 65, Lithuania", as IP geolocation writes it).
			return w.appendOrKeep(categories.Geo, v, func() {
				for k := 0; k < len(v); {
					e := bytes.Index(v[k:], []byte(", "))
					if e < 0 {
						e = len(v) - k
					}
					part := v[k : k+e]
					if containsDigit(part) {
						w.repl = append(w.repl, part...)
					} else {
						w.appendPlaceName(part)
					}
					if k+e < len(v) {
						w.repl = append(w.repl, ',', ' ')
					}
					k += e + 2
				}
			})
		}
		return w.appendOrKeep(categories.Geo, v, func() {
			switch {
			case !hasLetter(v) || containsDigit(v):
				w.repl = w.secrets.Append(w.repl, v) // a postal code: same shape, keyed
			default:
				w.appendPlaceName(v)
			}
		})
	case categories.Time:
		if !w.e.cats.on(categories.Time) {
			return false
		}
		if allDigits(v) {
			d, ok := w.e.shifter.EpochAt(w.repl, v)
			w.repl = d
			return ok
		}
		// What follows the timestamp is kept as written, so it must be only a fraction or
		// a zone; anything else sends the whole value to the text scan.
		from := len(w.repl)
		if d, n := w.e.shifter.RFC3339At(w.repl, v); n > 0 && isTimeTail(v[n:]) {
			w.repl = append(d, v[n:]...)
			return true
		}
		if d, n := w.e.shifter.DateAt(w.repl[:from], v); n > 0 && isTimeTail(v[n:]) {
			w.repl = append(d, v[n:]...)
			return true
		}
		w.repl = w.repl[:from]
		return false
	case categories.SID:
		if n := categories.BinarySIDLen(v); n > 0 && n == len(v) {
			// SQL Server's login sid, 0x0105...: the binary form's hexadecimal
			return w.appendOrKeep(categories.SID, v, func() { w.repl = w.sids.AppendBinarySID(w.repl, v) })
		}
		n, ok := categories.SIDAt(v)
		if !ok || n != len(v) {
			if markedLogin(v) || idLoginShaped(v) {
				// A login where a SID was expected: a fraud engine's "userId":"ines.carvalho88"
				// in a record the Windows profile matched by its eventId, a document system's
				// "user":{"id":"TOKONKWO"}
				return w.appendValue(categories.Username, v)
			}
			return false
		}
		return w.appendOrKeep(categories.SID, v, func() { w.repl = w.cached(categories.SID, v, w.sids.Append) })
	case categories.Card:
		if n, ok := categories.CardAt(v); !ok || n != len(v) {
			if indianPANShaped(v) {
				// India's Permanent Account Number at a "PAN" key (Finacle's PAN_NUM): a tax
				// id, not a card's number.
				return w.appendValue(categories.NationalID, v)
			}
			if len(v) >= 12 && len(v) <= 19 && isDigitsOnly(v) {
				// At a card's key, a number of a brand the shapes leave out (Maestro's
				// wider range, a store card): replaced as a secret is, keeping its shape.
				return w.appendOrKeep(categories.Secret, v, func() { w.repl = w.secrets.Append(w.repl, v) })
			}
			return false
		}
		return w.appendOrKeep(categories.Card, v, func() { w.repl = w.cards.Append(w.repl, v) })
	case categories.IBAN:
		if n, ok := categories.IBANAt(v); !ok || n != len(v) {
			if accountNumberShaped(v) {
				// At an IBAN's key, a number that fails its check (a typo, a domestic
				// account number): replaced as a secret is, keeping its shape.
				return w.appendOrKeep(categories.Secret, v, func() { w.repl = w.secrets.Append(w.repl, v) })
			}
			return false
		}
		return w.appendOrKeep(categories.IBAN, v, func() { w.repl = w.ibans.Append(w.repl, v) })
	case categories.Phone:
		if n, cat := threeGPPPrefix(v); n > 0 {
			w.repl = append(w.repl, v[:n]...)
			return w.appendValue(cat, v[n:])
		}
		if !categories.ParsePhone(v) {
			if lt := bytes.LastIndex(v, []byte(" <")); lt > 0 && v[len(v)-1] == '>' && callerNumber(v[lt+2:len(v)-1]) &&
				callerName(bytes.Trim(v[:lt], `"`)) {
				// A caller id: "Johann Huber" <+4989417725>, the name and the number.
				name := bytes.Trim(v[:lt], `"`)
				q := bytes.Index(v, name)
				w.repl = append(w.repl, v[:q]...)
				w.appendValue(categories.Fullname, name)
				w.repl = append(w.repl, v[q+len(name):lt+2]...)
				if !w.appendValue(categories.Phone, v[lt+2:len(v)-1]) {
					w.repl = append(w.repl, v[lt+2:len(v)-1]...) // an extension: <211>
				}
				w.repl = append(w.repl, '>')
				return true
			}
			return false
		}
		return w.appendOrKeep(categories.Phone, v, func() { w.repl = w.phones.Append(w.repl, v) })
	case categories.NationalID:
		if len(v) > 8 && v[2] == '/' && v[5] == '/' && isUpperRun(v[:2]) && isUpperRun(v[3:5]) && (categories.ParseNationalID(v[6:]) || idNumberShaped(v[6:])) {
			// eIDAS' unique identifier: the citizen's country, the receiving country, the
			// number (BE/AT/85073003328): the countries stay.
			return w.appendOrKeep(categories.NationalID, v, func() {
				w.repl = w.idNumbers.Append(append(w.repl, v[:6]...), v[6:])
			})
		}
		if len(v) > 6 && v[5] == '-' && etsiIdentifierPrefix(v[:5]) && (categories.ParseNationalID(v[6:]) || idNumberShaped(v[6:])) {
			// ETSI's semantics identifiers: PNOEE-38001081730, TINIT-RSSMRA85T10A562S.
			return w.appendOrKeep(categories.NationalID, v, func() {
				w.repl = w.idNumbers.Append(append(w.repl, v[:6]...), v[6:])
			})
		}
		if !categories.ParseNationalID(v) && !idNumberShaped(v) {
			if len(v) >= 4 && bytes.ContainsAny(v, "0123456789") {
				// An identifier of an odd shape (spaced oddly, other scripts): replaced
				// as a secret is, keeping its shape.
				return w.appendValue(categories.Secret, v)
			}
			return false
		}
		ok := w.appendOrKeep(categories.NationalID, v, func() { w.repl = w.idNumbers.Append(w.repl, v) })
		if ok && Learnable(v) {
			w.learn(categories.NationalID, v) // DNI 12345678Z, a passport's number: found again anywhere
		}
		return ok
	case categories.DeviceID:
		if measurementShaped(v) {
			return false // evcc's "grid meter: 3412W": a reading, not a meter's serial
		}
		if len(v) > 6 && v[5] == '-' && etsiIdentifierPrefix(v[:5]) {
			return w.appendValue(categories.NationalID, v) // a certificate's serialNumber=PNOEE-...: a person's
		}
		if n, cat := threeGPPPrefix(v); n > 0 {
			w.repl = append(w.repl, v[:n]...) // 5G's supi=imsi-..., gpsi=msisdn-...: the kind stays
			return w.appendValue(cat, v[n:])
		}
		if len(v) > 2 && v[0] == '{' && v[len(v)-1] == '}' {
			w.repl = append(w.repl, '{') // a GUID in braces, as Windows writes it
			if !w.appendValue(categories.DeviceID, v[1:len(v)-1]) {
				return false
			}
			w.repl = append(w.repl, '}')
			return true
		}
		if len(v) > 5 && equalFold(v[:5], "GUID:") {
			w.repl = append(w.repl, v[:5]...) // Configuration Manager's GUID:5A7C2E19-...: the kind stays
			return w.appendValue(categories.DeviceID, v[5:])
		}
		if !categories.ParseDeviceID(v) && !idNumberShaped(v) && !chipUIDShaped(v) {
			return false // (-, unknown, N/A)
		}
		if len(v) <= 4 && isDigitsOnly(v) {
			return false // four digits name a kind or a count, no one device: a USB device's VendorId=3010
		}
		if len(v) == 10 && isDigitsOnly(v) && dateSerial(v) {
			return false // a DNS zone's serial, YYYYMMDDnn (named: zone ... (serial 2024031407))
		}
		ok := w.appendOrKeep(categories.DeviceID, v, func() { w.repl = w.devices.Append(w.repl, v) })
		if ok && Learnable(v) && len(v) >= 8 {
			w.learn(categories.DeviceID, v) // a serial number, an advertising id: found again anywhere
		}
		return ok
	}
	return false
}

// containerIDURL reports a container runtime's reference to a container, as Kubernetes
// writes it (containerd://, docker://, cri-o:// and 64 hex digits).
func containerIDURL(u []byte) bool {
	for _, scheme := range [...]string{"containerd://", "docker://", "cri-o://"} {
		if bytes.HasPrefix(u, []byte(scheme)) {
			id := u[len(scheme):]
			return len(id) == 64 && isHexRun(id)
		}
	}
	return false
}

// accountNumberShaped reports a bank account's number: 8 to 34 letters and digits, of
// which six or more digits, in groups separated by single blanks or hyphens.
func accountNumberShaped(v []byte) bool {
	if len(v) < 8 || len(v) > 42 {
		return false
	}
	digits, alnum := 0, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
			alnum++
		case isLetter(c):
			alnum++
		case (c == ' ' || c == '-') && k > 0 && k < len(v)-1 && v[k-1] != ' ' && v[k-1] != '-':
		default:
			return false
		}
	}
	return digits >= 6 && alnum >= 8 && alnum <= 34
}

// appendGuestUPN appends the pseudonym of an Entra ID guest's user principal name: the
// guest's own address with '_' for its '@', then #EXT# and the tenant's domain
// (tomasz.wrobel_baltic-feed.pl#EXT#@tenant.onmicrosoft.com). The guest's address maps
// as the address it is, so the guest is linked to their own mail.
func (w *worker) appendGuestUPN(v []byte, at int) bool {
	local := v[:at-len("#EXT#")]
	u := bytes.LastIndexByte(local, '_')
	if u <= 0 || !isHostShaped(local[u+1:]) {
		return false
	}
	guest := make([]byte, 0, len(local))
	guest = append(append(append(guest, local[:u]...), '@'), local[u+1:]...)
	from := len(w.repl)
	if w.appendValue(categories.Email, guest) {
		if k := bytes.LastIndexByte(w.repl[from:], '@'); k >= 0 {
			w.repl[from+k] = '_'
		}
		w.repl = append(w.repl, "#EXT#@"...)
		if w.appendValue(categories.Domain, v[at+1:]) {
			w.lastCat = categories.Email
			return true
		}
	}
	w.repl = w.repl[:from]
	return false
}

// etsiIdentifierPrefix reports the type and country of a natural person's identifier
// as ETSI EN 319 412-1 writes them: PNO (national), TIN (tax), PAS (passport), IDC
// (identity card), then the country.
func etsiIdentifierPrefix(p []byte) bool {
	return (string(p[:3]) == "PNO" || string(p[:3]) == "TIN" || string(p[:3]) == "PAS" || string(p[:3]) == "IDC") &&
		p[3] >= 'A' && p[3] <= 'Z' && p[4] >= 'A' && p[4] <= 'Z'
}

// capitalizedBeyondASCII reports a word whose capital is a letter beyond ASCII, the rest
// letters: Łukasz, Ørjan, Ángel, Østergaard.
func capitalizedBeyondASCII(v []byte) bool {
	r, size := utf8.DecodeRune(v)
	return r >= utf8.RuneSelf && unicode.IsUpper(r) && (size == len(v) || capitalizedWord(append([]byte{'A'}, v[size:]...)))
}

// macAuthLogin reports a login that is a MAC address, as MAC authentication bypass
// (802.1X's MAB, RADIUS) writes it: twelve hexadecimal digits with a letter and a digit
// among them, or a MAC of another notation.
func macAuthLogin(v []byte) bool {
	if _, n, _, ok := categories.ParseMAC(v); ok && n == len(v) {
		return true
	}
	if _, _, ok := categories.ParseBareMAC(v); !ok {
		return false
	}
	letter := false
	for _, c := range v {
		letter = letter || c > '9'
	}
	return letter && containsDigit(v) && (isLowerHex(v) || upperAlnum(v))
}

// isLowerHex reports whether v holds no upper-case letter.
func isLowerHex(v []byte) bool {
	for _, c := range v {
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// chipUIDShaped reports an NFC or RFID chip's id written in bytes with colons, as readers
// log them: 9D:73:83:FD (4 bytes), 04:8E:DE:13:74:71:8C (7), or 10 bytes. (Six are a MAC.)
func chipUIDShaped(v []byte) bool {
	if (len(v)+1)%3 != 0 {
		return false
	}
	switch (len(v) + 1) / 3 {
	case 4, 7, 10:
	default:
		return false
	}
	for k := 0; k < len(v); k += 3 {
		if !isHex(v[k]) || !isHex(v[k+1]) || k+2 < len(v) && v[k+2] != ':' {
			return false
		}
	}
	return true
}

// idNumberShaped reports a value that can be an identification number of a format not
// known (a passport's, a driving licence's, a number at a national id key, a device's
// serial): 4 to 80 ASCII letters and digits, two digits at least (one in eight or more
// characters), with single separators between them; or a line of a passport's machine
// readable zone, padded with '<'.
func idNumberShaped(v []byte) bool {
	if len(v) < 4 || len(v) > 80 || !isAlnum(v[0]) || !isAlnum(v[len(v)-1]) && v[len(v)-1] != '<' {
		return false
	}
	digits := 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
		case (c == ' ' || c == '-' || c == '.' || c == '/' || c == '_') && isAlnum(v[k-1]): // (fp_9b2e74c1...: a fingerprint's prefix)
		case c == '<': // a passport's MRZ pads with '<'
		default:
			return false
		}
	}
	return digits >= 2 || digits == 1 && len(v) >= 8 && upperAlnum(v) || bytes.IndexByte(v, '<') > 0 // (an Apple serial: DY3NMPZOUZZG)
}

// upperAlnum reports whether v is ASCII capitals and digits only.
func upperAlnum(v []byte) bool {
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// emailPseudonym appends the pseudonym of an email address: the local part like a
// username, the domain like a host name (a public provider's domain stays).
func (w *worker) emailPseudonym(dst, email []byte) []byte {
	at := bytes.LastIndexByte(email, '@')
	if at < 0 {
		return append(dst, email...)
	}
	if local := email[:at]; categories.IsWellKnownAccount(local) && !inLower(sharedLogins, local) || w.e.keep.has(local) {
		dst = append(dst, local...) // root@, Administrator@REALM, postmaster@: no one's name
	} else {
		dst = w.emails.AppendLocal(dst, local)
	}
	dst = append(dst, '@')
	domain := email[at+1:]
	switch split := w.providerSplit(domain); {
	case split == 0:
		return append(dst, domain...)
	case split > 0:
		dst = w.hosts.AppendName(dst, domain[:split])
		return append(dst, domain[split:]...)
	}
	return w.hosts.AppendName(dst, domain)
}

// sharedLogins are well-known accounts that are also handed to people as their login
// (LOCAL\user@domain.tld in a VPN's identity): as an address's local part they are
// rewritten.
var sharedLogins = map[string]bool{"user": true, "test": true, "admin": true, "guest": true, "support": true,
	"pi": true, "ubnt": true, "ftpuser": true, "default": true, "public": true}

// hardwareIDPrefix returns the length of the type before the MAC in a DHCP client id or
// a link-layer DUID written in colon-separated hex, or 0.
func hardwareIDPrefix(v []byte) int {
	octets := (len(v) + 1) / 3
	if len(v) != octets*3-1 {
		return 0
	}
	for k := 2; k < len(v); k += 3 {
		if v[k] != ':' {
			return 0
		}
	}
	switch {
	case octets == 7 && string(v[:3]) == "01:":
		return 3
	case octets == 10 && string(v[:12]) == "00:03:00:01:":
		return 12
	case octets == 14 && string(v[:12]) == "00:01:00:01:":
		return 24
	}
	return 0
}

// appendLinkHeader maps the link header iptables logs as MAC=dst:src:type...: at least
// twelve colon-separated octets, the first two groups of six being addresses.
func (w *worker) appendLinkHeader(v []byte) bool {
	octets := 1
	for k := 2; k < len(v); k += 3 {
		if v[k] != ':' || k+2 >= len(v) || !isHex(v[k+1]) || !isHex(v[k+2]) {
			return false
		}
		octets++
	}
	if octets < 12 {
		return false
	}
	dst, _, dstForm, _ := categories.ParseMAC(v)
	src, _, srcForm, _ := categories.ParseMAC(v[18:])
	return w.appendOrKeep(categories.MAC, v[:35], func() {
		defer func() { w.repl = append(w.repl, v[35:]...) }()
		w.repl = categories.AppendMAC(w.repl, w.mac.Map(dst), dstForm)
		w.repl = append(w.repl, ':')
		w.repl = categories.AppendMAC(w.repl, w.mac.Map(src), srcForm)
	})
}

// appendOrKeep appends v's pseudonym with gen when its category is on. When it is off it
// appends v itself and reports false for whole values, so that the caller scans the value
// as text: other categories may still find something in it.
func (w *worker) appendOrKeep(category string, v []byte, gen func()) bool {
	if w.e.cats.on(category) {
		if category == categories.Secret {
			w.secretsMade++
		}
		gen()
		w.mapped = true
		return true
	}
	w.repl = append(w.repl, v...)
	return false
}

func containsDigit(v []byte) bool {
	for _, c := range v {
		if isDigit(c) {
			return true
		}
	}
	return false
}

func hasLetter(v []byte) bool {
	for _, c := range v {
		if isLetter(c) {
			return true
		}
	}
	return false
}

// appendAddress appends the pseudonym of an IP address, optionally with a port or in
// brackets; with orHost, a host name (host[ip] as Postfix writes it) is accepted too.
// partyNameValue is a line's kind, not a category: the name of a payment's party, a
// person's or, with a legal form, a company's.
const partyNameValue = "party-name"

// awsUniqueIDLen returns the length of the AWS unique id v starts with (AIDA, AROA,
// AIPA, ANPA, ANVA, ASCA, AGPA, then 16 or more capitals and digits), or 0.
func awsUniqueIDLen(v []byte) int {
	if len(v) < 20 || v[0] != 'A' {
		return 0
	}
	switch string(v[:4]) {
	case "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ASCA", "AGPA":
	default:
		return 0
	}
	n := 4
	for n < len(v) && (v[n] >= 'A' && v[n] <= 'Z' || isDigit(v[n])) {
		n++
	}
	if n-4 < 16 || n < len(v) && v[n] != ':' {
		return 0
	}
	return n
}

// dateSerial reports ten digits that read as a date and a number of the day
// (2024031407), as DNS zones number their versions.
func dateSerial(v []byte) bool {
	year := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	month := int(v[4]-'0')*10 + int(v[5]-'0')
	day := int(v[6]-'0')*10 + int(v[7]-'0')
	return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// canonicalNameValue is a key's kind, not a category: an Active Directory object's
// canonical name, domain/OU/.../NAME (NPS's Fully-Qualified-User-Name), whose domain and
// last part (a person's name, or a computer's under Computers) are mapped and whose
// organisational units stay.
const canonicalNameValue = "canonical-name"

// appendCanonicalName appends the pseudonym of a canonical name, or reports false when v
// has no '/'.
func (w *worker) appendCanonicalName(v []byte) bool {
	first, last := bytes.IndexByte(v, '/'), bytes.LastIndexByte(v, '/')
	if first < 0 && bytes.IndexByte(v, '\\') > 0 {
		return w.appendValue(categories.Username, v) // DOMAIN\user where the canonical name goes (NPS' 4130 for a VPN's login)
	}
	if first <= 0 || last+1 >= len(v) {
		return false
	}
	if !w.appendValue(categories.Domain, v[:first]) {
		w.appendScanned(v[:first])
	}
	w.appendScanned(v[first : last+1]) // the containers: an OU may be named for a site's city
	parent := v[bytes.LastIndexByte(v[:last], '/')+1 : last]
	name, cat := v[last+1:], categories.Fullname
	if equalFold(parent, "computers") || bytes.IndexByte(name, ' ') < 0 && windowsMachineShaped(name) {
		cat = categories.Hostname
	}
	if !w.appendValue(cat, name) {
		w.appendScanned(name)
	}
	return true
}

// postalCodeValue is a key's kind, not a category: a postal code at a key that also
// names other things (zip): a value with a digit is a place's code, any other is text.
const postalCodeValue = "postal-code"

// knownCityValue is a key's kind, not a category: a place at a key that names other
// things as often (location=Milano, location=/var/spool): a city the geo table knows is
// one, any other value is text.
const knownCityValue = "known-city"

// idDocumentValue is a key's kind, not a category: an identity document at a key that
// names other documents as often (Italian and Spanish documento=): its type and number
// (CI CA44120KJ) or a number shaped as an id's are one, any other value is text.
const idDocumentValue = "id-document"

// loginOnlyValue is a key's kind, not a category: a login where a person may also be
// written out in words (witness=JREINHOLZ; witness="Garda Sgt. Clement Keane"): a value
// shaped as a login is one, any other is text.
const loginOnlyValue = "login-only"

// pinCodeValue is a key's kind, not a category: a PIN at a key that names a pin of
// other things as often (a GPIO's pin=12): four to twelve digits are a secret, any other
// value is text.
const pinCodeValue = "pin-code"

// personNameValue is a key's kind, not a category: a person named by a role that also
// stands before numbers (patient=Petersen, Ida; patient=P-0042): a value without digits
// is a name, any other is text.
const personNameValue = "person-name"

// measurementShaped reports a number of up to seven digits and dots and its unit of one
// to three letters (3412W, 12.5kWh, 230V): a reading.
func measurementShaped(v []byte) bool {
	k := 0
	for k < len(v) && (isDigit(v[k]) || v[k] == '.' || v[k] == ',') {
		k++
	}
	if k == 0 || k > 7 || !isDigit(v[0]) {
		return false // (eight digits and a letter may be a serial: 12345678W)
	}
	unit := v[k:]
	return len(unit) >= 1 && len(unit) <= 3 && isLettersOnly(unit)
}

// knownCity reports whether v is a city the geo table knows, written as a name: a
// capital, then not all capitals (location=HOME is no place).
func (w *worker) knownCity(v []byte) bool {
	return len(v) >= 3 && v[0] >= 'A' && v[0] <= 'Z' && !isUpperRun(v) && w.geo.IsCity(v)
}

// roleLoginValue is a key's kind, not a category: a person's role (agent=, driver=,
// verifier=), which names a program or a device as often, holds a login only when the
// value is written as one: letters joined by '.' or '_' (drv.pnowak, cs.ahaugen).
const roleLoginValue = "role-login"

// roleLoginShaped reports whether v is a login as staff accounts are written: lower-case
// letters and digits, a '.' or '_' joining two parts of letters, at most 32 bytes.
func roleLoginShaped(v []byte) bool {
	if len(v) < 4 || len(v) > 32 || !isLetter(v[0]) {
		return false
	}
	if tieredTeamLogin(v) {
		return true // a team, a tier or role, the login: cs.agent.mwilliams
	}
	if n := len(v); n >= 5 && n <= 9 && v[0] >= 'A' && v[0] <= 'Z' && isDigitsOnly(v[1:]) {
		return true // a staff number: a slot attendant's E40718 (not a driver's PCL6)
	}
	if a := bytes.IndexByte(v, '.'); a >= 2 && a+4 < len(v) && v[a+2] == '.' && isLetter(v[a+1]) && isLowerWord(v[:a]) && isLowerWord(v[a+3:]) &&
		len(v)-a-3 >= 3 && !fileSuffixes[string(v[a+3:])] && !componentWords[string(v[a+3:])] && !fileTail(v) && !commonDotTails[string(v[:a])] {
		return true // a name, an initial and a name: callcentre.k.shah, maria.j.lopez
	}
	join := -1
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z' || isDigit(c):
		case (c == '.' || c == '_') && join < 0:
			join = k
		default:
			return false
		}
	}
	return join > 0 && join+2 < len(v) && isLetter(v[join+1]) && !fileSuffixes[string(v[join+1:])] && !programFileName(v) &&
		!inLower(knownVendors, v[:join]) && !componentWords[string(v[join+1:])] // (elastic.agent, winlogbeat.exe)
}

// roleHolderName reports a person's name where a role's login was expected: an initial
// and a surname (J. ROUX), or two or three words written as a name, one of them a listed
// given name (Émilie Caron).
func roleHolderName(v []byte) bool {
	if len(v) > 4 && v[0] >= 'A' && v[0] <= 'Z' && v[1] == '.' && v[2] == ' ' {
		return nameCased(v[3:]) && len(v) >= 6 // J. ROUX
	}
	if !nameCased(v) || bytes.IndexByte(v, ' ') < 0 {
		return false
	}
	words := bytes.Fields(v)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, word := range words {
		if categories.IsGivenName(word) && !isGenericWord(words[0]) {
			return true
		}
	}
	return false
}

// indianPANShaped reports India's Permanent Account Number: five capitals, four digits
// and a capital, the fourth letter the holder's type (P a person, C a company, H, F, A,
// T, B, L, J, G).
func indianPANShaped(v []byte) bool {
	if len(v) != 10 || !strings.ContainsRune("PCHFATBLJG", rune(v[3])) {
		return false
	}
	for k, c := range v {
		digit := k >= 5 && k <= 8
		if digit != isDigit(c) || !digit && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// scopedAffiliationValue is a key's kind, not a category: eduPerson's scoped affiliation
// as Shibboleth and EZproxy log it (affiliation=member@example.ac.uk), a role from the
// schema's vocabulary at the domain of the person's home institution.
const scopedAffiliationValue = "scoped-affiliation"

// eduPersonAffiliations are the roles eduPersonAffiliation allows.
var eduPersonAffiliations = map[string]bool{"faculty": true, "student": true, "staff": true, "alum": true,
	"member": true, "affiliate": true, "employee": true, "library-walk-in": true}

// idLoginValue is a key's kind, not a category: the id of a person's object (actor.id,
// user.id), a login when written as one (idLoginShaped), else a record's opaque id.
const idLoginValue = "id-login"

// idLoginShaped reports a login as people's are written: in lower case (jmcallister,
// j.doe, mrossi2: a letter first, no capitals, no short type prefix such as usr_ or ent_),
// a letter and a staff number (u557388), or a mainframe's capitals (CARVAA).
func idLoginShaped(v []byte) bool {
	if staffNumberLogin(v) {
		return true // a staff number as a login: u557388
	}
	if n := len(bytes.TrimRight(v, "0123456789")); n >= 5 && n <= 12 && len(v)-n <= 2 && upperLettersOnly(v[:n]) && !isGenericWord(v[:n]) {
		return true // a mainframe's or SAP's login in capitals (SAP allows twelve): CARVAA, AHUSSAIN2, MELLISONHART
	}
	if len(v) < 3 || len(v) > 32 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	letters := 0
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case isDigit(c) || c == '.' || c == '-':
		case c == '_' && k > 4:
		default:
			return false
		}
	}
	return letters >= 3
}

// sessionIDValue is a key's kind, not a category: a session's id at a key named by its
// end (CitrixSessionId, userSessionKey, x_session_id), which holds a secret, unless it is
// a session's number of a few digits.
const sessionIDValue = "session-id"

// terminalValue is a key's kind, not a category: "Terminal", which names the machine a
// user worked at in SAP's security audit log and in MES and LIMS logs (Terminal=W-BSL-0412,
// Terminal=mes-qa-03), and elsewhere a tty or a till: only a machine's name is mapped, and
// in raw text only at the key written capitalized, as those logs write it (payment
// terminals' terminal=ING-Move5000-0271 stay).
const terminalValue = "terminal"

// sidOrSessionValue is a key's kind, not a category: "sid", which holds a Windows
// security identifier (S-1-5-21-...), a database's system id (sid=ORCL) or a web
// session's id (an access log's sid=8f41c2d7...): a SID is mapped as one, a long token
// with a digit as a session's secret, and a name stays.
const sidOrSessionValue = "sid-or-session"

// platformNames are operating systems and kinds of device, which reports write where a
// device's name could stand.
var platformNames = map[string]bool{"windows": true, "linux": true, "macos": true, "mac": true,
	"ios": true, "ipados": true, "android": true, "chromeos": true, "phone": true, "mobile": true,
	"desktop": true, "tablet": true, "web": true, "browser": true}

// userListValue is a key's kind, not a category: the users of an event at a key that
// also counts them (QNAP's "Users: jdoe," and users=12): a value with a letter is a
// login, a number stays.
const userListValue = "user-list"

// messageIDValue is a key's kind, not a category: a mail's Message-ID (<local@host>),
// whose local part its software made up (AM0PR07MB6145B3E2...@...outlook.com,
// CAK7vq...@mail.gmail.com, 20240918.7731.482@) and stays, and whose host is the
// sender's, mapped as a host.
const messageIDValue = "message-id"

// appendMessageID appends the Message-ID v with its host mapped, or reports false when
// v is none.
func (w *worker) appendMessageID(v []byte) bool {
	inner, open, closed := v, 0, 0
	if len(inner) > 2 && inner[0] == '<' {
		inner, open = inner[1:], 1
	}
	if len(inner) > 1 && inner[len(inner)-1] == '>' {
		inner, closed = inner[:len(inner)-1], 1
	}
	at := bytes.LastIndexByte(inner, '@')
	if at <= 0 || at == len(inner)-1 || !isHostShaped(inner[at+1:]) || bytes.ContainsAny(inner, " <>") {
		return false
	}
	w.repl = append(w.repl, v[:open+at+1]...)
	w.appendHost(categories.Hostname, inner[at+1:], true)
	w.repl = append(w.repl, v[len(v)-closed:]...)
	w.lastCat = categories.Hostname
	w.mapped = true // (a public host stays; the local part is not to be read as an address's)
	return true
}

// littleEndianIntIPv4 is a column's kind, not a category: an IPv4 address written as the
// signed 32-bit integer its bytes make in little-endian order, as Cisco Unified CM's call
// detail records store origIpAddr (10.1.1.172 is -1409219318).
const littleEndianIntIPv4 = "ipv4-le-int"

// appendIntIPv4 appends the pseudonym of the address v writes as a little-endian
// integer, in the same form and signedness, or reports false when v is no such
// integer. 0 (no address) and the kept classes stay.
func (w *worker) appendIntIPv4(v []byte) bool {
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil || n < math.MinInt32 || n > math.MaxUint32 || n == 0 {
		return false
	}
	u := uint32(n)
	a := [4]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)}
	if w.e.keep.hasV4(a) || categories.IPv4Kept(a) {
		w.repl = append(w.repl, v...)
		return true
	}
	return w.appendOrKeep(categories.IPv4, v, func() {
		m := w.ipv4.Map(a)
		u := uint32(m[0]) | uint32(m[1])<<8 | uint32(m[2])<<16 | uint32(m[3])<<24
		if n > math.MaxInt32 {
			w.repl = strconv.AppendUint(w.repl, uint64(u), 10) // written unsigned
		} else {
			w.repl = strconv.AppendInt(w.repl, int64(int32(u)), 10)
		}
		w.lastCat = categories.IPv4
	})
}

func (w *worker) appendAddress(v []byte, orHost bool) bool {
	if a, n, padded, ok := categories.ParseIPv4(v); ok && (n == len(v) || v[n] == ':' && allDigits(v[n+1:])) {
		if w.e.keep.hasV4(a) {
			w.repl = append(w.repl, v...)
			return true
		}
		if categories.IPv4Kept(a) && w.e.cats.on(categories.IPv4) {
			w.repl = append(w.repl, v...) // a kept class (loopback): as written
			w.lastCat = categories.IPv4
			return true
		}
		if !w.appendOrKeep(categories.IPv4, v[:n], func() { w.repl = categories.AppendIPv4(w.repl, w.ipv4.Map(a), padded) }) {
			return false
		}
		w.lastCat = categories.IPv4
		w.repl = append(w.repl, v[n:]...)
		return true
	}
	if _, n, _, ok := categories.ParseIPv4(v); ok && n < len(v) && v[n] == ':' {
		// SonicWall: src=10.1.2.3:5353:X0:ws-jdoe, the address, the port, the interface
		// and the name the address resolved to.
		if host := sonicWallHost(v[n:]); host > 0 && w.appendAddress(v[:n], false) {
			w.repl = append(w.repl, v[n:n+host]...)
			w.appendHost(categories.Hostname, v[n+host:], true)
			w.lastCat = categories.IPv4
			return true
		}
	}
	inner := v
	if len(v) > 2 && v[0] == '[' {
		if end := bytes.IndexByte(v, ']'); end > 0 {
			inner = v[1:end]
		}
	}
	if a, n, form, ok := categories.ParseIPv6(inner); ok && n == len(inner) {
		if len(inner) != len(v) {
			w.repl = append(w.repl, '[')
		}
		if w.e.keep.hasV6(a) {
			w.repl = append(w.repl, v...)
			return true
		}
		if categories.IPv6Kept(a) && w.e.cats.on(categories.IPv6) {
			w.repl = append(w.repl, v...) // a kept class (::1, multicast): as written
			w.lastCat = categories.IPv6
			return true
		}
		if !w.appendOrKeep(categories.IPv6, inner, func() { w.repl = categories.AppendIPv6(w.repl, w.ipv6.Map(a), form) }) {
			return false
		}
		w.lastCat = categories.IPv6
		if len(inner) != len(v) {
			w.repl = append(w.repl, v[len(inner)+1:]...)
		}
		return true
	}
	if len(v) > 8 && v[0] == '+' && isDigitsOnly(v[1:]) && w.e.cats.on(categories.Phone) {
		// A call's or a message's source and destination (Asterisk's src and dst, SMS
		// gateways): an E.164 number where an address could stand.
		return w.appendValue(categories.Phone, v)
	}
	if !orHost {
		return false
	}
	if open := bytes.IndexByte(v, '['); open > 0 && v[len(v)-1] == ']' {
		host := v[:open]
		if host = bytes.TrimSpace(host); !isHostShaped(host) {
			return false
		}
		w.appendHost(categories.Hostname, host, true)
		w.lastCat = categories.Hostname
		w.repl = append(w.repl, '[')
		if !w.appendAddress(v[open+1:len(v)-1], false) {
			w.repl = append(w.repl, v[open+1:len(v)-1]...)
		}
		w.repl = append(w.repl, ']')
		return true
	}
	if at := bytes.LastIndexByte(v, '@'); at > 0 {
		return w.appendValue(categories.Email, v)
	}
	if bytes.IndexByte(v, '\\') > 0 {
		return w.appendValue(categories.Hostname, v) // DOMAIN\MACHINE
	}
	host, port := v, []byte(nil)
	if colon := bytes.LastIndexByte(v, ':'); colon > 0 && allDigits(v[colon+1:]) {
		host, port = v[:colon], v[colon:]
	}
	if !isHostShaped(host) {
		return false
	}
	w.appendHost(categories.Hostname, host, true)
	w.lastCat = categories.Hostname
	w.repl = append(w.repl, port...)
	return true
}

// isIPShaped reports whether v is an IP address, with a port or in brackets perhaps.
func isIPShaped(v []byte) bool {
	if _, n, _, ok := categories.ParseIPv4(v); ok && (n == len(v) || v[n] == ':') {
		return true
	}
	inner := bytes.TrimPrefix(v, []byte("["))
	if end := bytes.IndexByte(inner, ']'); end > 0 {
		inner = inner[:end]
	}
	_, n, _, ok := categories.ParseIPv6(inner)
	return ok && n == len(inner)
}

func allDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// isAddressText reports whether v is an IP address, IPv6 in brackets too, with a zone.
func isAddressText(v []byte) bool {
	if len(v) > 2 && v[0] == '[' && v[len(v)-1] == ']' {
		v = v[1 : len(v)-1]
	}
	if !addressBytes(v) {
		return false // (most words: spares the parser's error, which allocates)
	}
	_, err := netip.ParseAddr(string(v))
	return err == nil
}

// addressBytes reports whether v is made only of the bytes an IP address is written
// with: hex digits, colons and dots, and a zone after '%'.
func addressBytes(v []byte) bool {
	if len(v) < 2 {
		return false
	}
	end := len(v)
	if z := bytes.IndexByte(v, '%'); z >= 0 {
		end = z
	}
	colons, dots := 0, 0
	for _, c := range v[:end] {
		switch {
		case c == ':':
			colons++
		case c == '.':
			dots++
		case !isHex(c):
			return false
		}
	}
	if colons == 0 {
		return dots == 3
	}
	// Without "::", an IPv6 address has eight groups (or six and an IPv4 tail): a MAC's
	// five colons are not one.
	return colons == 7 || colons == 6 && dots == 3 || bytes.Contains(v[:end], []byte("::"))
}

// sonicWallHost returns where the name starts in tail, ":PORT:IFACE:NAME" after an
// address in SonicWall's src= and dst=, or 0 if tail is not of that form.
func sonicWallHost(tail []byte) int {
	k := 1
	for k < len(tail) && isDigit(tail[k]) {
		k++
	}
	if k == 1 || k >= len(tail) || tail[k] != ':' {
		return 0
	}
	iface := k + 1
	k = iface
	for k < len(tail) && k-iface < 16 && (isAlnum(tail[k]) || tail[k] == '-' || tail[k] == '_') {
		k++
	}
	if k == iface || k+1 >= len(tail) || tail[k] != ':' || !isHostShaped(tail[k+1:]) {
		return 0
	}
	return k + 1
}

// machineLabel reports whether a host name's first label is written as machines are
// named (ws-042, srv01, FILESRV) and not as a word of the language (upload, portal, www),
// so that it is learned alone: a word would be replaced wherever it stands.
func machineLabel(label []byte) bool {
	upper := len(label) >= 4
	for _, c := range label {
		if isDigit(c) || c == '-' || c == '_' {
			return true
		}
		upper = upper && c >= 'A' && c <= 'Z'
	}
	return upper
}

// isHostShaped reports whether v can be a host name: DNS labels or a NetBIOS name.
func isHostShaped(v []byte) bool {
	if len(v) == 0 || len(v) > 253 || v[0] == '.' || v[0] == '-' {
		return false
	}
	letter := false
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case isLetter(c):
			letter = true
		case isDigit(c), c == '-', c == '.', c == '_':
		case c >= 0x80:
			n := categories.IDNLetterLen(v, k) // an internationalized label: ciepłownia
			if n == 0 {
				return false
			}
			k += n - 1
			letter = true
		default:
			return false
		}
	}
	return letter
}

// appendHost appends the pseudonym of a host name (short or FQDN), keeping well-known
// hosts and the public suffix, and learns its first label when learn is set.
func (w *worker) appendHost(category string, v []byte, learn bool) {
	name := v
	if len(name) > 1 && name[len(name)-1] == '.' {
		name = name[:len(name)-1]
	}
	if categories.IsWellKnownHost(name) || w.e.keep.has(name) || isPlaceholder(name) || isLocalWord(name) {
		w.repl = append(w.repl, v...)
		return
	}
	switch split := w.providerSplit(name); {
	case split == 0:
		w.repl = append(w.repl, v...) // a public provider's own name
		return
	case split > 0:
		// A tenant of a provider: its label is the customer's (www. before it stays).
		if split > 4 && equalFold(v[:4], "www.") {
			w.repl = append(w.repl, v[:4]...)
			v = v[4:]
			split -= 4
		}
		_ = w.appendOrKeep(category, v[:split], func() { w.repl = w.cached(categories.Hostname, v[:split], w.hosts.AppendName) })
		w.repl = append(w.repl, v[split:]...)
		return
	}
	_ = w.appendOrKeep(category, v, func() { w.repl = w.cached(categories.Hostname, v, w.hosts.AppendName) })
	if learn {
		// Learned in its own category: a domain (a remote site, destination.domain:
		// bad.example.com) found again in text stays a domain, and never teaches its
		// first label as a host name, as a host's own name (host.name: ws-042.corp.local)
		// does.
		w.learn(category, name)
		if dot := bytes.IndexByte(name, '.'); dot > 0 && category == categories.Hostname && machineLabel(name[:dot]) {
			w.learn(categories.Hostname, name[:dot])
		}
		if reg := w.registeredDomain(name); len(reg) > 0 && len(reg) < len(name) {
			// The organisation's own domain, mapped as the host's last labels are: found
			// alone too (Cloudflare's ZoneName beside ClientRequestHost).
			w.learn(categories.Domain, reg)
		}
	}
}

// publicCAName reports whether v names a public certificate authority's certificate: its
// first word is a well-known organization's (organizations.txt) and a word says CA or
// Certification Authority (DigiCert Global Root G2, Sectigo RSA Domain Validation Secure
// Server CA).
func publicCAName(v []byte) bool {
	sp := bytes.IndexByte(v, ' ')
	if sp <= 0 || !categories.IsWellKnownOrganization(v[:sp]) {
		return false
	}
	return bytes.HasSuffix(v, []byte(" CA")) || bytes.Contains(v, []byte(" CA ")) || bytes.Contains(v, []byte(" Root ")) ||
		bytes.HasSuffix(v, []byte(" Root")) || bytes.Contains(v, []byte("Certification Authority"))
}

// isWellKnownCN reports common names of directory containers and built-in groups, which
// name no person (CN=Users, CN=Domain Admins).
func isWellKnownCN(v []byte) bool {
	switch strings.ToLower(string(v)) {
	case "users", "computers", "builtin", "system", "domain admins", "domain users", "domain computers",
		"domain controllers", "enterprise admins", "schema admins", "administrators", "remote desktop users",
		"account operators", "server operators", "backup operators", "print operators", "guests",
		"managed service accounts", "foreignsecurityprincipals", "configuration", "schema", "services",
		"public key services", "certification authorities", "enrollment services", "aia", "cdp",
		// FreeIPA's and 389 Directory Server's containers and built-in entries
		"accounts", "groups", "sysaccounts", "etc", "kerberos", "hbac", "sudo", "sudorules", "sudocmds",
		"roles", "privileges", "permissions", "pbac", "hostgroups", "ng", "alt", "compat", "masters",
		"ipa", "views", "automount", "dns", "otp", "certificates", "topology", "config", "monitor",
		"directory manager", "replication manager", "admins", "ipausers", "editors", "trust admins",
		"manager": // OpenLDAP's customary root DN, cn=Manager
		return true
	}
	return false
}

// clockTime reports a time of day, HH:MM or HH:MM:SS.
func clockTime(v []byte) bool {
	if len(v) != 5 && len(v) != 8 || v[2] != ':' || len(v) == 8 && v[5] != ':' {
		return false
	}
	for k, c := range v {
		if k%3 != 2 && !isDigit(c) {
			return false
		}
	}
	return v[0] <= '2'
}

// registeredDomain is registeredDomainOf, remembered per name.
func (w *worker) registeredDomain(name []byte) []byte {
	if bytes.Count(name, []byte(".")) < 2 {
		return nil
	}
	at, ok := w.registered[string(name)]
	if !ok {
		if w.registered == nil || len(w.registered) >= nameCacheLimit {
			w.registered = map[string]int{}
		}
		at = -1
		if reg := registeredDomainOf(name); reg != nil {
			at = len(name) - len(reg)
		}
		w.registered[string(name)] = at
	}
	if at < 0 {
		return nil
	}
	return name[at:]
}

// registeredDomainOf returns the registered domain that ends the host name v (the
// public suffix and one label: emberly.app of api.emberly.app), or nil when v is no
// name under an ICANN suffix.
func registeredDomainOf(v []byte) []byte {
	if bytes.Count(v, []byte(".")) < 2 || len(v) > 253 {
		return nil
	}
	lower := strings.ToLower(string(v))
	suffix, icann := publicsuffix.PublicSuffix(lower)
	if !icann || len(suffix) >= len(lower) {
		return nil
	}
	rest := lower[:len(lower)-len(suffix)-1]
	dot := strings.LastIndexByte(rest, '.')
	if dot < 0 {
		return nil
	}
	return v[dot+1:]
}

// isPublicSuffixLabel reports a single label that is a public suffix (com, de, org).
func isPublicSuffixLabel(v []byte) bool {
	if bytes.IndexByte(v, '.') >= 0 || len(v) > 24 {
		return false
	}
	suffix, icann := publicsuffix.PublicSuffix(strings.ToLower(string(v)))
	return icann && suffix == strings.ToLower(string(v))
}

// isLocalWord reports host values that mean "this machine" (Postfix relay=local).
func isLocalWord(v []byte) bool {
	return equalFoldAny(v, "local", "unknown", "localhost", "self", "none")
}

// componentWords are words of the names of channels, services and components that
// products write where a user goes (Forcepoint's duser=Removable Media, Net2 Server,
// Concur Audit Service, Admin User), lower case: no person's name holds them.
var componentWords = map[string]bool{"media": true, "removable": true, "printing": true, "printer": true,
	"endpoint": true, "server": true, "service": true, "services": true, "share": true, "network": true,
	"storage": true, "system": true, "user": true, "users": true, "admin": true, "audit": true,
	"application": true, "device": true, "gateway": true, "console": true, "agent": true, "scheduler": true}

// randomIDShaped reports whether v looks generated rather than chosen: 16 to 64 letters
// and digits that mix upper case, lower case and digits, with no run of five lower-case
// letters as words and names have.
func randomIDShaped(v []byte) bool {
	if len(v) < 16 || len(v) > 64 {
		return false
	}
	upper, lower, digit, run := false, false, false, 0
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
			run++
			if run >= 5 {
				return false
			}
			continue
		case c >= 'A' && c <= 'Z':
			upper = true
		case isDigit(c):
			digit = true
		default:
			return false
		}
		run = 0
	}
	return upper && lower && digit
}

// appendAfterKept appends v[:n] as it is and the pseudonym of v[n:] as category (a kind
// or a title that stays, then the value), and reports whether v[n:] was one; if not,
// nothing is appended.
func (w *worker) appendAfterKept(v []byte, n int, category string) bool {
	from := len(w.repl)
	w.repl = append(w.repl, v[:n]...)
	if w.appendValue(category, v[n:]) {
		return true
	}
	w.repl = w.repl[:from]
	return false
}

// appendOracleThinURL appends the pseudonym of Oracle's thin driver URL: the driver
// stays, a user and password before '@' are a login and a secret, the host after it
// (and after "//") is a host, the port and the service stay; a connect descriptor
// (@(DESCRIPTION=...)) is scanned as text.
func (w *worker) appendOracleThinURL(v []byte) {
	w.repl = append(w.repl, v[:17]...)
	rest := v[17:]
	valueOrKept := func(category string, part []byte) {
		if !w.appendValue(category, part) {
			w.repl = append(w.repl, part...)
		}
	}
	if at := bytes.IndexByte(rest, '@'); at > 0 {
		if slash := bytes.IndexByte(rest[:at], '/'); slash > 0 && slash < at-1 {
			valueOrKept(categories.Username, rest[:slash])
			w.repl = append(w.repl, '/')
			valueOrKept(categories.Secret, rest[slash+1:at])
		} else {
			w.repl = append(w.repl, rest[:at]...)
		}
		rest = rest[at:]
	}
	if len(rest) == 0 || rest[0] != '@' {
		w.appendScanned(rest)
		return
	}
	w.repl = append(w.repl, '@')
	rest = rest[1:]
	if bytes.HasPrefix(rest, []byte("//")) {
		w.repl = append(w.repl, "//"...)
		rest = rest[2:]
	}
	end := 0
	for end < len(rest) && rest[end] != ':' && rest[end] != '/' && rest[end] != '?' {
		end++
	}
	if end == 0 || rest[0] == '(' || bytes.IndexByte(rest[:end], '(') >= 0 {
		w.appendScanned(rest)
		return
	}
	valueOrKept(categories.Hostname, rest[:end])
	w.repl = append(w.repl, rest[end:]...)
}

// appendPlaceName appends the pseudonym of a place's name: a country's name or code as
// a country, two or three letters as a code in any case (GCP's flow logs write "prt"),
// anything else as a city. A value is read the same way alone and as a part of a list
// ("New York, NY"), since the per-worker cache keeps the first pseudonym given to it.
func (w *worker) appendPlaceName(v []byte) {
	if w.geo.IsCountry(v) || len(v) <= 3 && isLettersOnly(v) && !w.geo.IsCity(v) {
		w.repl = w.cached(categories.Geo, v, w.geo.AppendCountry)
		return
	}
	w.repl = w.cached(categories.Geo, v, w.geo.AppendCity)
}

// anyWordIn reports whether a word of v, split at blanks, is in words (lower case).
func anyWordIn(v []byte, words map[string]bool) bool {
	for k := 0; k < len(v); {
		e := k
		for e < len(v) && v[e] != ' ' {
			e++
		}
		if e > k && inLower(words, v[k:e]) {
			return true
		}
		k = e + 1
	}
	return false
}

// appendAccount appends the pseudonym of an account in any of its forms: user,
// DOMAIN\user, user@realm (or an email), a machine account HOST$. The parts map by their
// own categories, so jdoe is the same pseudonym in all of them.
func (w *worker) appendAccount(v []byte) bool {
	if bytes.IndexByte(v, ' ') >= 0 && !categories.IsWellKnownAccount(v) {
		if v[0] == '(' && v[len(v)-1] == ')' || v[0] == '<' && v[len(v)-1] == '>' || isNoUser(v) {
			return false // "(no user)": a note where a user would stand, no name
		}
		// An account name with blanks (user="Frank Miller", a display name where a login
		// was expected) names a person: a full name, not left as it is. Check Point
		// writes the login after it: "Jane Doe (jdoe)".
		// A value cut short may lack the ')'.
		closed := v[len(v)-1] == ')'
		loginEnd := len(v)
		if closed {
			loginEnd--
		}
		if open := bytes.LastIndex(v, []byte(" (")); open > 0 && open+3 <= loginEnd &&
			bytes.IndexAny(v[open+2:loginEnd], " ()") < 0 {
			if !w.appendValue(categories.Fullname, v[:open]) {
				w.appendScanned(v[:open]) // no name: whatever it holds is found by shape
			}
			w.repl = append(w.repl, " ("...)
			w.appendAccount(v[open+2 : loginEnd])
			if closed {
				w.repl = append(w.repl, ')')
			}
			return true
		}
		if lowerWordAfterCapital(v) || anyWordIn(v, componentWords) {
			return false // "GDPR request", "System process", Forcepoint's duser=Removable Media: words, no one's name (scanned as text)
		}
		return w.appendValue(categories.Fullname, v)
	}
	if categories.IsWellKnownAccount(v) || w.e.keep.has(v) || len(v) > 5 && bytes.HasSuffix(v, []byte("[bot]")) {
		w.repl = append(w.repl, v...) // (GitHub's apps act as NAME[bot]: dependabot[bot], no one's account)
		return true
	}
	if bytes.HasPrefix(v, []byte("system:")) {
		// Kubernetes: system:serviceaccount:NAMESPACE:NAME, system:node:HOST; the
		// structure stays, the last part is the account (or the node's host).
		last := bytes.LastIndexByte(v, ':')
		w.repl = append(w.repl, v[:last+1]...)
		if bytes.HasPrefix(v, []byte("system:node:")) {
			w.appendHost(categories.Hostname, v[last+1:], true)
		} else if last+1 < len(v) {
			w.appendUser(v[last+1:])
		}
		return true
	}
	if colon := bytes.IndexByte(v, ':'); colon >= 16 && isAWSUniqueID(v[:colon]) && colon+1 < len(v) {
		// AWS principalId ROLEID:session: the role's id stays, the session is the user.
		w.repl = append(w.repl, v[:colon+1]...)
		return w.appendAccount(v[colon+1:])
	}
	if slash := bytes.LastIndexByte(v, '\\'); slash > 0 {
		domain, user := v[:slash], v[slash+1:]
		if first := bytes.IndexByte(domain, '\\'); first > 0 {
			domain = domain[:first] // DOMAIN\group\user: the group stays
		}
		w.appendDomainLabel(domain)
		w.repl = append(w.repl, v[len(domain):slash+1]...)
		if bytes.IndexByte(user, '@') > 0 {
			return w.appendAccount(user) // DOMAIN\user@realm
		}
		if len(user) > 0 {
			w.appendUser(user)
		}
		return true
	}
	if bar := bytes.LastIndexByte(v, '|'); bar > 0 && bar+1 < len(v) {
		// A provider's prefix: SharePoint's claims (i:0#.f|membership|jdoe@contoso.com),
		// Auth0's connection (auth0|65f1c0ff..., google-oauth2|1075...). The account is
		// the last part.
		w.repl = append(w.repl, v[:bar+1]...)
		return w.appendAccount(v[bar+1:])
	}
	if slash := bytes.IndexByte(v, '/'); slash > 0 {
		return w.appendPrincipal(v, slash)
	}
	if at := bytes.LastIndexByte(v, '@'); at > 0 {
		from := len(w.repl)
		if w.appendValue(categories.Email, v) {
			w.learn(categories.Username, v[:at])
			return true
		}
		w.repl = w.repl[:from]
		w.appendUser(v[:at])
		w.repl = append(w.repl, '@')
		if isIPShaped(v[at+1:]) {
			w.appendAddress(v[at+1:], false) // root@10.1.2.3: a user at an address
			return true
		}
		w.appendHost(categories.Domain, v[at+1:], false)
		return true
	}
	w.appendUser(v)
	return true
}

// kerberosServices are the service names that start a Kerberos service principal
// (SERVICE/HOST@REALM); in lower case.
var kerberosServices = map[string]bool{"host": true, "http": true, "https": true, "cifs": true,
	"ldap": true, "gc": true, "krbtgt": true, "kadmin": true, "mssqlsvc": true, "nfs": true,
	"dns": true, "restrictedkrbhost": true, "termsrv": true, "wsman": true, "rpcss": true,
	"imap": true, "smtp": true, "pop": true, "ftp": true, "postgres": true, "exchangemdb": true,
	"exchangerfr": true, "exchangeab": true, "dhcp": true, "afs": true, "vnc": true,
	// Hadoop's services (HDFS, YARN, Hive, HBase, Kafka, ...): hdfs/nn01.corp.example.com@REALM
	"hdfs": true, "yarn": true, "mapred": true, "hive": true, "hbase": true, "zookeeper": true,
	"kafka": true, "spark": true, "oozie": true, "hue": true, "impala": true, "livy": true,
	"knox": true, "ranger": true, "atlas": true, "solr": true, "jhs": true, "rm": true, "nn": true, "dn": true}

// appendPrincipal appends the pseudonym of a Kerberos principal, PRIMARY/INSTANCE or
// PRIMARY/INSTANCE@REALM (slash is the first '/'): a service's name stays and its
// instance is a host (a realm after krbtgt/); a user's primary is the user, and an
// instance in the realm's form a realm (Zeek's kerberos.log writes user/REALM). A value of
// more slashes and no realm (projects/acme/logs/activity) is a resource's path, not an
// account: it reports false, and is scanned as text.
func (w *worker) appendPrincipal(v []byte, slash int) bool {
	name, realm := v, []byte(nil)
	if at := bytes.LastIndexByte(v, '@'); at > slash {
		name, realm = v[:at], v[at+1:]
	}
	instance := name[slash+1:]
	if realm == nil && bytes.IndexByte(instance, '/') >= 0 || len(instance) == 0 {
		return false
	}
	primary := name[:slash]
	w.repl = append(w.repl, primary...) // a service's name, or the user's pseudonym below
	if inFolded(kerberosServices, primary) {
		cat := categories.Hostname
		if equalFold(primary, "krbtgt") {
			cat = categories.Domain
		}
		host, port := instance, []byte(nil)
		if colon := bytes.IndexByte(host, ':'); colon > 0 {
			host, port = host[:colon], host[colon:] // MSSQLSvc/db01.corp.example.com:1433
		}
		w.repl = append(w.repl, '/')
		if isIPShaped(host) {
			w.appendAddress(host, false)
		} else if isHostShaped(host) {
			w.appendHost(cat, host, cat == categories.Hostname)
		} else {
			w.repl = append(w.repl, host...)
		}
		w.repl = append(w.repl, port...)
	} else {
		w.repl = w.repl[:len(w.repl)-len(primary)]
		w.appendUser(primary)
		w.repl = append(w.repl, '/')
		if isUpperRealm(instance) && bytes.IndexByte(instance, '.') > 0 {
			w.appendHost(categories.Domain, instance, false)
		} else {
			w.repl = append(w.repl, instance...) // jdoe/admin: a role
		}
	}
	if realm != nil {
		w.repl = append(w.repl, '@')
		w.appendHost(categories.Domain, realm, false)
	}
	w.lastCat = categories.Username
	return true
}

// emptyPasswordHash reports the LM and NT hashes of the empty password, which dumps and
// crackers print for accounts without one (or with LM off): constants, kept so that a
// reader still sees it.
func emptyPasswordHash(v []byte) bool {
	return len(v) == 32 && (equalFold(v, "aad3b435b51404eeaad3b435b51404ee") || equalFold(v, "31d6cfe0d16ae931b73c59d7e0c089c0"))
}

// isAWSUniqueID reports an AWS unique identifier: AROA..., AIDA..., AKIA..., upper case
// letters and digits.
func isAWSUniqueID(v []byte) bool {
	if len(v) < 16 || len(v) > 32 || v[0] != 'A' {
		return false
	}
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// appendDomainLabel maps a Windows domain (CORP, NT AUTHORITY) like a host label.
func (w *worker) appendDomainLabel(d []byte) {
	if categories.IsWellKnownAccount(d) || isWellKnownDomain(d) || !isHostShaped(d) {
		w.repl = append(w.repl, d...)
		return
	}
	w.appendHost(categories.Domain, d, false)
}

func isWellKnownDomain(d []byte) bool {
	switch string(bytes.ToUpper(d)) {
	case "NT AUTHORITY", "AUTHORITY", "BUILTIN", "NT SERVICE", "WORKGROUP", "IIS APPPOOL",
		"WINDOW MANAGER", "FONT DRIVER HOST", "NT VIRTUAL MACHINE", "LOCAL", ".":
		return true
	}
	return false
}

// appendUser maps a bare user name; a machine account (WKS-042$) maps as its host.
func (w *worker) appendUser(u []byte) {
	if categories.IsWellKnownAccount(u) || w.e.keep.has(u) || ec2InstanceID(u) {
		w.repl = append(w.repl, u...)
		return
	}
	if len(u) > 1 && u[len(u)-1] == '$' {
		w.appendHost(categories.Hostname, u[:len(u)-1], true)
		w.repl = append(w.repl, '$')
		return
	}
	_ = w.appendOrKeep(categories.Username, u, func() { w.repl = w.cached(categories.Username, u, w.users.Append) })
	w.learn(categories.Username, u)
}

// ec2InstanceID reports an EC2 instance's id (i-0f3a9c2b1d4e5f678), which AWS makes the
// session name of an instance's role: a machine's, no one's login.
func ec2InstanceID(u []byte) bool {
	return (len(u) == 10 || len(u) == 19) && u[0] == 'i' && u[1] == '-' && isHexRun(u[2:]) && !bytes.ContainsAny(u[2:], "ABCDEF")
}

// pathComponent maps a path component that is a value of its own: an IP address, an
// email (C:\Users\jdoe\10.0.5.12\x.log) or a SID, or a value learned earlier.
func (w *worker) pathComponent(dst, comp []byte) ([]byte, bool) {
	if a, n, padded, ok := categories.ParseIPv4(comp); ok && (n == len(comp) || comp[n] == '.' && hasLetter(comp[n:])) {
		// An address, or an address with an extension (10.0.5.12.txt).
		if !w.e.cats.on(categories.IPv4) || w.e.keep.hasV4(a) {
			return append(dst, comp...), true
		}
		return append(categories.AppendIPv4(dst, w.ipv4.Map(a), padded), comp[n:]...), true
	}
	if a, n, form, ok := categories.ParseIPv6(comp); ok && n == len(comp) {
		if !w.e.cats.on(categories.IPv6) || w.e.keep.hasV6(a) {
			return append(dst, comp...), true
		}
		return categories.AppendIPv6(dst, w.ipv6.Map(a), form), true
	}
	if len(comp) > 8 && comp[0] == 'S' && comp[1] == '-' && w.e.cats.on(categories.SID) {
		// A user's SID as a key's or a folder's name (HKU\S-1-5-21-...\Software,
		// C:\$Recycle.Bin\S-1-5-21-...): the SID's pseudonym.
		if n, ok := categories.SIDAt(comp); ok && n == len(comp) {
			return w.sids.Append(dst, comp), true
		}
	}
	if at := bytes.IndexByte(comp, '@'); at > 0 {
		if start, end, ok := categories.EmailAt(comp, at); ok && start == 0 && end == len(comp) && w.e.cats.on(categories.Email) {
			return w.emailPseudonym(dst, comp), true
		}
	}
	if cat, ok := w.learnedToken(comp); ok && cat == categories.Username && w.e.cats.on(categories.Username) {
		return w.users.Append(dst, comp), true
	}
	if len(comp) > 2 && comp[0] == '~' && w.e.cats.on(categories.Username) {
		// A user's web folder (public_html/~jdoe): the user, when learned.
		if cat, ok := w.learnedToken(comp[1:]); ok && cat == categories.Username {
			return w.users.Append(append(dst, '~'), comp[1:]), true
		}
	}
	if labels, ok := w.domainShaped(comp); ok && w.e.cats.on(categories.Hostname) {
		// A host in a path (/mnt/fs01.corp.example.com/share).
		_ = labels
		if split := w.providerSplit(comp); split == 0 || categories.IsWellKnownHost(comp) {
			return append(dst, comp...), true
		}
		return w.hosts.AppendName(dst, comp), true
	}
	if d, ok := w.learnedParts(dst, comp); ok {
		return d, true // a session's recording named for its user: jkowalski.SRV-SQL02.20241123.avi
	}
	if d, ok := w.ibanParts(dst, comp); ok {
		return d, true // statement_DE89370400440532013000_2024-11.pdf
	}
	return dst, false
}

// ibanParts appends comp with the IBANs that start it or are joined into it by '_', '-'
// or '.' mapped, and reports whether there was one.
func (w *worker) ibanParts(dst, comp []byte) ([]byte, bool) {
	if !w.numberIDs || !w.e.cats.on(categories.IBAN) || len(comp) < 15 {
		return dst, false
	}
	found := false
	start, from := len(dst), 0
	for k := 0; k+15 <= len(comp); k++ {
		if !ibanShapeAt(comp, k) || k > 0 && !ibanJoinedAt(comp, k) {
			continue
		}
		if n, ok := categories.IBANAt(comp[k:]); ok {
			dst = w.ibans.Append(append(dst, comp[from:k]...), comp[k:k+n])
			found = true
			k += n - 1
			from = k + 1
		}
	}
	if !found {
		return dst[:start], false
	}
	return append(dst, comp[from:]...), true
}

// learnedParts appends comp with its parts between '-', '_', '.' and '~' that are learned
// logins mapped, and reports whether there was one. The redo filter hashes the same parts
// (componentHashes), so the output does not depend on the worker count.
func (w *worker) learnedParts(dst, comp []byte) ([]byte, bool) {
	if !w.e.cats.on(categories.Username) || bytes.IndexAny(comp, "-_.~") < 0 || len(comp) < 2*minComponent+1 {
		return dst, false
	}
	found := false
	start := len(dst)
	for k := 0; k < len(comp); {
		e := k
		for e < len(comp) && comp[e] != '-' && comp[e] != '_' && comp[e] != '.' && comp[e] != '~' {
			e++
		}
		part := comp[k:e]
		if len(part) >= minComponent && !inFolded(resourceWords, part) {
			if cat, ok := w.learnedToken(part); ok && cat == categories.Username {
				dst = w.users.Append(dst, part)
				found = true
			} else {
				dst = append(dst, part...)
			}
		} else {
			dst = append(dst, part...)
		}
		if e < len(comp) {
			dst = append(dst, comp[e])
		}
		k = e + 1
	}
	if !found {
		return dst[:start], false
	}
	return dst, true
}

// pathText maps a path component outside a home folder that holds a person's name joined
// into one word, or joins words with punctuation (0!jdoe, a;b): its words are scanned as
// text. dst extends w.repl (appendPath's is the only call), so the
// scan appends to it.
func (w *worker) pathText(dst, comp []byte) ([]byte, bool) {
	idFound := false
	if mapped, ok := w.idPartsMapped(dst, comp); ok {
		comp, idFound = mapped, true // (the same length: an id keeps its layout)
	}
	if start, end, sep := joinedPersonName(comp, 0, len(comp), flagsOf(comp)); end > start {
		// A person's name in a file or folder name: /srv/hr/olga.ivanova/,
		// Review_Yasmin_Haddad.docx. (Below a home folder every component is mapped whole.)
		w.repl = append(dst, comp[:start]...)
		w.shapeFound = true
		ok := w.appendJoinedName(comp[start:end], sep)
		w.shapeFound = false
		if ok {
			return append(w.repl, comp[end:]...), true
		}
		w.repl = w.repl[:len(dst)]
	}
	if !hasWordBreak(comp) {
		if idFound {
			return append(dst, comp...), true
		}
		return dst, false
	}
	w.repl = dst
	w.appendScanned(comp)
	return w.repl, true
}

// idPartsMapped returns a copy of a file or folder name with the national identifiers
// among its parts (split at '_', '-', '.' and blanks) mapped: a number after the word
// that names it (Dąbrowski_Tomasz_PESEL_92091292693.pdf), or one whose layout and check
// characters are distinctive enough to be found in any text (a NIR's fifteen digits:
// AE_MOREAU_JULIEN_189055904808421.pdf). It reports whether there was one.
// dst is the path mapped so far, which extends w.repl: the pseudonyms are made after it.
func (w *worker) idPartsMapped(dst, comp []byte) ([]byte, bool) {
	if !w.e.cats.on(categories.NationalID) || len(comp) < 9 || !containsDigit(comp) {
		return comp, false
	}
	var out []byte
	named := false
	for k := 0; k < len(comp); {
		e := k
		for e < len(comp) && comp[e] != '_' && comp[e] != '-' && comp[e] != '.' && comp[e] != ' ' {
			e++
		}
		part := comp[k:e]
		if len(part) >= 9 && (isDigit(part[0]) || isDigit(part[len(part)-1])) {
			n, shaped := categories.NationalIDAt(part)
			if shaped && n == len(part) || named && categories.ParseNationalID(part) {
				if out == nil {
					out = append(make([]byte, 0, len(comp)), comp...)
				}
				saved := w.repl
				w.repl = dst
				if w.appendValue(categories.NationalID, part) && len(w.repl)-len(dst) == len(part) {
					copy(out[k:e], w.repl[len(dst):])
				}
				w.repl = saved
			}
		}
		named = len(part) >= 2 && len(part) <= 16 && inLower(idWords, part)
		k = e + 1
	}
	if out == nil {
		return comp, false
	}
	return out, true
}

// hasWordBreak reports whether a path component holds punctuation that a file name
// seldom has and text has between words.
func hasWordBreak(comp []byte) bool {
	for _, c := range comp {
		switch c {
		case '!', ',', ';', '=', '(', ')', '[', ']', '{', '}', '\'', '"', '|', '&', '<', '>', '*', '?', ' ':
			return true
		}
	}
	return false
}

// appendPath maps a path, learning the user of a home folder.
func (w *worker) appendPath(v []byte) {
	if first, rest, ok := bytes.Cut(v[min(1, len(v)):], []byte("/")); ok && len(v) > 0 && v[0] == '/' &&
		(string(first) == "users" || string(first) != "home" && inFolded(personalRoutes, first) && first[0] >= 'a') {
		seg := rest
		if slash := bytes.IndexByte(seg, '/'); slash >= 0 {
			seg = seg[:slash]
		}
		if string(first) != "users" || !routeAccount(seg) {
			// A web application's route: GitLab's "path":"/users/sign_in" (macOS
			// writes its home folders /Users), Django's /accounts/jdoe/settings/.
			inURL := w.inURL
			w.inURL = true
			w.appendURLPath(v)
			w.inURL = inURL
			return
		}
	}
	if u := categories.HomeUser(v); u != nil && !categories.IsWellKnownAccount(u) {
		w.learn(categories.Username, u)
	} else if u := categories.OwnerFolderUser(v, ownerFolder); u != nil && !categories.IsWellKnownAccount(u) {
		w.learn(categories.Username, u)
	}
	if len(v) > 2 && v[0] == '\\' && v[1] == '\\' && w.e.cats.on(categories.Hostname) {
		// A UNC path, \\HOST\share\...: its first component is a host (also with its
		// backslashes escaped, \\\\HOST\\share, as Zeek's smb_files writes it).
		lead := 2
		if len(v) > 4 && v[2] == '\\' && v[3] == '\\' {
			lead = 4
		}
		end := lead
		for end < len(v) && v[end] != '\\' {
			end++
		}
		host := v[lead:end]
		if isHostShaped(host) && hasLetter(host) && !isIPShaped(host) && !categories.IsWellKnownHost(host) && !w.e.keep.has(host) {
			w.repl = append(w.repl, v[:lead]...)
			w.repl = w.hosts.AppendName(w.repl, host)
			w.learn(categories.Hostname, host)
			v = v[end:]
		}
	}
	// Not cached: a component may be a value learned since (a user), and the pseudonym
	// must not depend on which worker saw the path first.
	w.repl = w.paths.Append(w.repl, v)
}

// appendURL maps a URL part by part.
func (w *worker) appendURL(u []byte) {
	w.urlDepth++
	defer func() { w.urlDepth-- }()
	if containerIDURL(u) {
		w.repl = append(w.repl, u...) // containerd://4e8b...: a container's id, no one's
		return
	}
	p := categories.ParseURL(u)
	last := 0
	copyTo := func(at int) {
		w.repl = append(w.repl, u[last:at]...)
		last = at
	}
	host := u[p.Host[0]:p.Host[1]]
	if p.User[1] > p.User[0] && p.Password[1] == p.Password[0] && len(host) > 0 &&
		(!isHostShaped(host) && !isAddressText(host) || !w.e.cats.on(categories.Username) || !w.e.cats.on(categories.Hostname)) {
		// No host where one should be (a relay's junk after it), or no user or host
		// category to map the two (--only email): what looks like user@host is found
		// by shape, an email address, not split at the '@'.
		copyTo(p.User[0])
		w.appendScanned(u[p.User[0]:p.Host[1]])
		last, host = p.Host[1], nil
	}
	if p.User[1] > p.User[0] && host != nil {
		copyTo(p.User[0])
		w.appendUser(u[p.User[0]:p.User[1]])
		last = p.User[1]
	}
	if p.Password[1] > p.Password[0] && !isPlaceholder(u[p.Password[0]:p.Password[1]]) {
		// (redis://:REDACTED@host, https://jdoe:****@host: a logger's mask stays)
		copyTo(p.Password[0])
		_ = w.appendOrKeep(categories.Secret, u[p.Password[0]:p.Password[1]], func() {
			pass := u[p.Password[0]:p.Password[1]]
			if prefix, n := tokenAt(pass); prefix > 0 && n == len(pass) {
				w.repl = append(w.repl, pass[:prefix]...) // https://x:ghp_...@github.com
				pass = pass[prefix:]
			}
			w.repl = w.secrets.Append(w.repl, pass)
		})
		last = p.Password[1]
	}
	if len(host) > 0 {
		copyTo(p.Host[0])
		from := len(w.repl)
		if !w.appendAddress(host, false) {
			w.repl = w.repl[:from]
			if isHostShaped(host) {
				w.appendHost(categories.Hostname, host, false)
			} else {
				w.appendScanned(host) // not a host: whatever it holds is found by shape
			}
		}
		last = p.Host[1]
	}
	if p.Port[1] > p.Port[0] && !isDigitsOnly(u[p.Port[0]:p.Port[1]]) {
		// No port after the host's ':' (a relay's junk, another address): found by shape.
		copyTo(p.Port[0])
		w.appendScanned(u[p.Port[0]:p.Port[1]])
		last = p.Port[1]
	}
	// Path, query and fragment: scanned as text into this same replacement, with the
	// values of telling query parameters mapped by their names.
	copyTo(p.Path[0])
	inURL, inShareLink := w.inURL, w.inShareLink
	// A file-sharing or paste site's name stays (categories.PublicSites), so the ids in
	// its links would open the shared file: they are rewritten as secrets.
	profileSite, handleSite := w.profileSite, w.handleSite
	w.inShareLink = len(host) > 0 && w.shareSite(host)
	w.profileSite = len(host) > 0 && !w.inShareLink && w.siteIn(profileSites, trimWebPrefix(host)) && bytes.Count(trimWebPrefix(host), []byte(".")) == 1
	w.handleSite = w.profileSite || len(host) > 0 && w.siteIn(handleSites, host)
	defer func() { w.inShareLink, w.profileSite, w.handleSite = inShareLink, profileSite, handleSite }()
	w.inURL = true // a URL path is not a file path: its segments stay unless found by shape
	w.appendURLPath(u[p.Path[0]:p.Path[1]])
	w.inURL = inURL
	last = p.Path[1]
	if p.Query[1] > p.Query[0] {
		copyTo(p.Query[0])
		w.appendQuery(u[p.Query[0]:p.Query[1]])
		last = p.Query[1]
	}
	if w.inShareLink && last+9 <= len(u) && u[last] == '#' && shareKeyShaped(u[last+1:]) {
		copyTo(last + 1) // mega.nz/file/ID#KEY: the key decrypts the file
		if !w.appendValue(categories.Secret, u[last:]) {
			w.repl = append(w.repl, u[last:]...)
		}
		return
	}
	// The fragment, and anything after, is text too (#!/user/jdoe, #token=...).
	w.inURL = true
	w.appendScanned(u[last:])
	w.inURL = inURL
}

// appendURLPath appends a URL's path with the values found in it rewritten. Some
// segments name a person by where they stand: ~NAME is a user's home on the web server
// (Apache's UserDir: /~jdoe/cv.pdf); the segment after /personal/ is
// a OneDrive site named for its owner's sign-in name with '@' and '.' written as '_'
// (/personal/jdoe_contoso_com/); the segment after /users/, /u/, /people/, /profile/
// and the like is an account (/users/jdoe/settings) unless it is a word of the API
// (new, me, search), a number, a file or a mail address. Each is learned as a user.
func (w *worker) appendURLPath(path []byte) {
	last := 0
	if w.inShareLink {
		// wetransfer.com/downloads/ID/HASH, we.tl/t-ID, mega.nz/file/ID, pastebin.com/ID
		for k := 0; k < len(path); k++ {
			if path[k] != '/' {
				continue
			}
			end := k + 1 // the id's bytes only: a quote or a bracket after it is the text's
			for end < len(path) && (isAlnum(path[end]) || path[end] == '_' || path[end] == '-' || path[end] == '!') {
				end++
			}
			if id := path[k+1 : end]; shareKeyShaped(id) && (end == len(path) || path[end] != '.') {
				w.appendEncodedText(path[last : k+1])
				from := len(w.repl)
				if !w.appendValue(categories.Secret, id) {
					w.repl = append(w.repl[:from], id...)
				}
				last, k = end, end-1
			}
		}
		w.appendEncodedText(path[last:])
		return
	}
	for k := 0; k < len(path); k++ {
		if path[k] != '/' {
			continue
		}
		seg := k + 1
		tilde := seg < len(path) && (path[seg] == '~' || path[seg] == '@' && w.handleSite) // (npm's /@types/node is a scope)
		owned := false
		switch {
		case tilde:
			seg++ // ~jdoe, and a social site's handle: /@jdoe (TikTok, YouTube, Medium)
		case k == 0 && w.profileSite:
			// x.com/jdoe, github.com/jdoe, instagram.com/jdoe: the account, unless a route
		case k > 0 && w.profileSite && (string(path[:k]) == "/in" || string(path[:k]) == "/pub"):
			// linkedin.com/in/jan-de-vries-4a1b2c
		case k > 0 && personalRouteBefore(path[:k]):
		case k > 0 && (path[k-1]|0x20 == 's' || path[k-1]|0x20 == 'y') && obituaryRouteBefore(path[:k]) && slugOfWordsAt(path, k+1):
			// a funeral home's or a memorial site's page of one person:
			// /obituaries/robert-earl-jenkins-1942-2024 (not legacy.com's /obituaries/dayton/)
		case k > 0 && (path[k-1]|0x20 == 's' || path[k-1]|0x20 == 'd' || path[k-1]|0x20 == 'e') && ownerFolderAt(path, k):
			// /api/uploads/jwendtland/Rechnung.jpg: a folder named for its owner, and
			// below it the owner's files
			owned = true
		case k > 0 && patientRouteBefore(path[:k]):
			// A patient's or an insured person's record by its id (/patients/P00417723,
			// a health insurer's /versicherte/M418277300): a national number where its
			// check holds, else an id of the same shape.
			end := seg
			for end < len(path) && isAlnum(path[end]) {
				end++
			}
			if id := path[seg:end]; len(id) >= 6 && len(id) <= 20 && containsDigit(id) && (end == len(path) || path[end] == '/' || path[end] == '?') {
				w.appendPathID(path[last:seg], id, categories.NationalID)
				last, k = end, end-1
			}
			continue
		case k > 0 && (shareRouteBefore(path[:k]) || tokenRouteBefore(path[:k])):
			// A share link's id (drive.google.com/file/d/ID, /drive/folders/ID,
			// docs.google.com/document/d/ID, dropbox.com/s/ID): whoever has it reads the
			// file, so it is a secret.
			end := seg
			for end < len(path) && (isAlnum(path[end]) || path[end] == '_' || path[end] == '-') {
				end++ // the id's bytes: what follows it (a '|' of the log's fields) is not
			}
			if id := path[seg:end]; shareIDShaped(id) && (end == len(path) || path[end] != '.') {
				w.appendPathID(path[last:seg], id, categories.Secret)
				last, k = end, end-1
			}
			continue
		default:
			continue
		}
		end := seg
		for end < len(path) && path[end] != '/' && path[end] != '?' && path[end] != '#' && path[end] != ';' {
			end++
		}
		name := path[seg:end]
		if !accountBytes(name) || !tilde && !routeAccount(name) {
			continue
		}
		w.appendEncodedText(path[last:seg])
		w.appendUser(name)
		last, k = end, end-1
		if owned {
			stop := end
			for stop < len(path) && path[stop] != '?' && path[stop] != '#' {
				stop++
			}
			w.appendOwnedFiles(path[end:stop])
			last, k = stop, stop-1
		}
	}
	w.appendEncodedText(path[last:]) // a page's title: /display/ENG/Notes+-+Ewa+Kaminska
}

// upperIdentifier reports a name in capitals, digits and '_' (RECEIVE, SAP's field names
// TELF1, SMTP_ADDR), as programs name their own things.
func upperIdentifier(v []byte) bool {
	for _, c := range v {
		if (c < 'A' || c > 'Z') && !isDigit(c) && c != '_' {
			return false
		}
	}
	return len(v) > 0 && v[0] >= 'A' && v[0] <= 'Z'
}

func upperLettersOnly(v []byte) bool {
	for _, c := range v {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(v) > 0
}

// encodedSeparator reports whether v holds a percent-encoded path separator (%5C, %2F).
func encodedSeparator(v []byte) bool {
	for k := 0; k+2 < len(v); k++ {
		if v[k] == '%' && (v[k+1] == '5' && v[k+2]|0x20 == 'c' || v[k+1] == '2' && v[k+2]|0x20 == 'f') {
			return true
		}
	}
	return false
}

// algorithmDomain reports whether d is a domain that names SSH algorithms
// (aes256-gcm@openssh.com, curve25519-sha256@libssh.org), not mailboxes.
func algorithmDomain(d []byte) bool {
	return equalFold(d, "openssh.com") || equalFold(d, "libssh.org")
}

// versionShaped reports whether v is a version, v16.20.2 or 1.2.3-rc1: an optional 'v',
// then numbers joined by dots.
func versionShaped(v []byte) bool {
	if len(v) > 0 && (v[0] == 'v' || v[0] == 'V') {
		v = v[1:]
	}
	dots := 0
	for k, c := range v {
		switch {
		case isDigit(c):
		case c == '.' && k > 0 && k+1 < len(v) && isDigit(v[k+1]):
			dots++
		case c == '-' && dots > 0:
			return true // 1.2.3-rc1
		default:
			return false
		}
	}
	return dots >= 1
}

// sourceLineShaped reports whether v is a source file and a line number (main.go:42,
// ccmmessaging.cpp:2311) or a program source's file name (UserService.java).
func sourceLineShaped(v []byte) bool {
	colon := bytes.LastIndexByte(v, ':')
	dot := bytes.LastIndexByte(v, '.')
	return colon > 0 && dot > 0 && dot < colon && colon+1 < len(v) && isDigitsOnly(v[colon+1:]) ||
		dot > 0 && sourceExtensions[string(v[dot+1:])] && isIdentifier(v[:dot])
}

// sourceExtensions are the extensions of program sources, whose file names a stack frame
// gives (log4j2's "file":"UserService.java", .NET's, Python's): a class's or a module's
// name, no one's.
var sourceExtensions = map[string]bool{"java": true, "kt": true, "scala": true, "groovy": true,
	"cs": true, "vb": true, "fs": true, "go": true, "py": true, "rb": true, "php": true, "js": true,
	"mjs": true, "ts": true, "tsx": true, "jsx": true, "c": true, "cc": true, "cpp": true, "h": true,
	"hpp": true, "rs": true, "swift": true, "m": true, "pl": true, "pm": true, "ex": true, "erl": true}

// isIdentifier reports whether v is a name as program code writes one: letters, digits
// and '_', a letter or '_' first.
func isIdentifier(v []byte) bool {
	if len(v) == 0 || isDigit(v[0]) {
		return false
	}
	for _, c := range v {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// shareKeyShaped reports whether a path segment, query value or fragment of a file-sharing
// site's link is an id or a key: six to 128 letters, digits, '_', '-' (and '!' of mega's
// older links), with a digit and a letter, or eight or more letters of both cases. A
// route (downloads, file, raw) and a file's name (report.pdf) are not.
func shareKeyShaped(v []byte) bool {
	if len(v) < 6 || len(v) > 128 {
		return false
	}
	digit, upper, lower := false, false, false
	turns, wasUpper := 0, false // changes of case between letters: a camel-case word has few
	for k, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case c >= 'A' && c <= 'Z':
			upper = true
			turns += btoi(k > 0 && !wasUpper)
			wasUpper = true
		case c >= 'a' && c <= 'z':
			lower = true
			turns += btoi(k > 0 && wasUpper)
			wasUpper = false
		case c == '_' || c == '-' || c == '!':
		default:
			return false
		}
	}
	return digit && (upper || lower) || len(v) >= 8 && upper && lower && turns >= 3 // (not formResponse, uploadFile)
}

// shareRouteBefore reports whether the path before a '/' ends in a segment after which
// file-sharing services put a share link's id: d (Google Drive and Docs), folders, s and
// fi (Dropbox).
func shareRouteBefore(path []byte) bool {
	seg := path[bytes.LastIndexByte(path, '/')+1:]
	return string(seg) == "d" || string(seg) == "folders" || string(seg) == "s" || string(seg) == "fi"
}

// tokenRoutes are path segments after which a link carries a one-time credential: a
// password reset's or a sign-in link's token (Drupal's /user/reset/UID/TIME/HASH,
// Discourse's /session/email-login/TOKEN, Django's /reset/UID/TOKEN/), an invitation's
// or an unsubscribe link's key, Drupal's cron key.
var tokenRoutes = map[string]bool{"reset": true, "email-login": true, "unsubscribe": true, "confirm": true,
	"confirm-email": true, "verify": true, "verify-email": true, "activate": true, "activation": true,
	"invite": true, "invitation": true, "invitations": true, "magic-link": true, "password-reset": true,
	"reset-password": true, "login-token": true, "cron": true, "one-time-login": true,
	"hooks": true, "webhooks": true, "webhook": true, // (Mattermost's /hooks/ID, Discord's /api/webhooks/ID/TOKEN: whoever has it posts)
	"share": true} // (Zoom's /rec/share/TOKEN, a recording anyone with the link plays)

// tokenRouteBefore reports whether one of the last three segments of path is a token
// route: the id after it (shareIDShaped) is a credential.
func tokenRouteBefore(path []byte) bool {
	for range 3 {
		slash := bytes.LastIndexByte(path, '/')
		if slash < 0 {
			return false
		}
		if seg := path[slash+1:]; len(seg) >= 4 && tokenRoutes[string(seg)] {
			return true
		}
		path = path[:slash]
	}
	return false
}

// shareIDShaped reports a share link's id: fifteen to 80 letters, digits, '_' and '-',
// with letters and digits both.
func shareIDShaped(id []byte) bool {
	if len(id) < 15 || len(id) > 80 {
		return false
	}
	for _, c := range id {
		if !isAlnum(c) && c != '_' && c != '-' {
			return false
		}
	}
	return hasLetter(id) && containsDigit(id)
}

// personalRoutes are the path segments after which a URL names an account.
var personalRoutes = map[string]bool{"users": true, "user": true, "u": true, "people": true,
	"person": true, "profile": true, "profiles": true, "members": true, "member": true,
	"accounts": true, "account": true, "employees": true, "employee": true, "staff": true,
	"personal": true, "home": true}

// profileSites are public social sites whose links name a person's account in the first
// segment of the path (or after /in/ on LinkedIn), on the site's own name or www., m. or
// mobile. (not developers.facebook.com/docs). GitHub and GitLab are not: their first
// segment is a project's owner, mostly public tools (a scanner's user agent names
// github.com/robertdavidgraham/masscan).
var profileSites = map[string]bool{"linkedin.com": true, "facebook.com": true, "instagram.com": true,
	"x.com": true, "twitter.com": true, "twitch.tv": true,
	"threads.net": true, "pinterest.com": true, "vk.com": true, "soundcloud.com": true, "xing.com": true}

// trimWebPrefix returns host without a leading www., m. or mobile.
func trimWebPrefix(host []byte) []byte {
	for _, p := range [...]string{"www.", "m.", "mobile."} {
		if len(host) > len(p) && equalFold(host[:len(p)], p) {
			return host[len(p):]
		}
	}
	return host
}

// handleSites name an account by its handle after '@' in the path (tiktok.com/@jdoe).
var handleSites = map[string]bool{"tiktok.com": true, "youtube.com": true, "medium.com": true,
	"mastodon.social": true, "bsky.app": true}

// appendPathID appends the path's text before an id, then the id's pseudonym as a value
// of category, or the id as it is when it does not fit.
func (w *worker) appendPathID(before, id []byte, category string) {
	w.appendEncodedText(before)
	from := len(w.repl)
	if !w.appendValue(category, id) {
		w.repl = append(w.repl[:from], id...)
	}
}

// patientRouteBefore reports whether the path before a '/' ends in a segment after which
// a health service's URL names a person by an id: patients, versicherte (insured persons).
func patientRouteBefore(path []byte) bool {
	seg := path[bytes.LastIndexByte(path, '/')+1:]
	return len(seg) >= 7 && len(seg) <= 11 && equalFoldAny(seg, "patients", "patient", "versicherte", "versicherter", "insured")
}

// appendOwnedFiles appends the pseudonym of the URL path below a folder named for its
// owner: each segment decoded, mapped as a component under a home folder is (letters by
// keyed letters, the extension kept) and encoded back as it was.
func (w *worker) appendOwnedFiles(rest []byte) {
	for len(rest) > 0 {
		if rest[0] == '/' {
			w.repl = append(w.repl, '/')
			rest = rest[1:]
			continue
		}
		seg := rest
		if slash := bytes.IndexByte(rest, '/'); slash >= 0 {
			seg = rest[:slash]
		}
		rest = rest[len(seg):]
		decoded, enc := decodeURL(make([]byte, 0, len(seg)), seg, false)
		from := len(w.repl)
		w.repl = w.paths.AppendComponent(w.repl, decoded)
		w.encodeBack(from, enc, "/?#&")
	}
}

// obituaryRouteBefore reports whether the path before a '/' ends in a segment that holds
// pages of one person each: obituaries, tributes, memorials.
func obituaryRouteBefore(path []byte) bool {
	seg := path[bytes.LastIndexByte(path, '/')+1:]
	return len(seg) >= 5 && len(seg) <= 10 && equalFoldAny(seg, "obituaries", "obituary", "obits", "tributes", "memorials")
}

// slugOfWordsAt reports whether the path segment at path[k] is a slug of a given name and
// more words joined by '-' (robert-earl-jenkins-1942-2024), as a person's page is named.
func slugOfWordsAt(path []byte, k int) bool {
	e := k
	for e < len(path) && path[e] != '/' && path[e] != '?' && path[e] != '#' {
		e++
	}
	slug := path[k:e]
	dash := bytes.IndexByte(slug, '-')
	return dash >= 2 && dash+3 < len(slug) && isLetter(slug[dash+1]) && isLowerWord(slug[:dash]) && categories.IsGivenName(slug[:dash]) // (not submit-form)
}

// ownerFolderAt reports whether the segment after the '/' at path[k] is a folder named
// for its owner (ownerFolder) that holds a further segment.
func ownerFolderAt(path []byte, k int) bool {
	end := k + 1
	for end < len(path) && path[end] != '/' && path[end] != '?' && path[end] != '#' {
		end++
	}
	return end+1 < len(path) && path[end] == '/' && ownerFolder(path[bytes.LastIndexByte(path[:k], '/')+1:k], path[k+1:end])
}

// ownerFolder reports whether name, a folder in store, is named for its owner's login,
// as stores of users' files name them (/api/uploads/jwendtland/scan.jpg,
// /srv/app/exports/lsjoberg/leads.xlsx): the store's name says so, and the folder's is
// shaped as a login (an initial and a surname, or with a login's marks).
func ownerFolder(store, name []byte) bool {
	if len(store) < 4 || len(store) > 11 || !equalFoldAny(store, "uploads", "upload", "documents", "docs", "exports",
		"attachments", "avatars", "scans", "receipts", "userfiles", "mailboxes", "storage", "homedirs") {
		return false
	}
	return initialThenSurname(name) || markedLogin(name) && !versionShaped(name)
}

// personalRouteBefore reports whether the path before a '/' ends in a segment of
// personalRoutes (/api/v1/users).
func personalRouteBefore(path []byte) bool {
	seg := path[bytes.LastIndexByte(path, '/')+1:]
	if len(seg) <= 9 && inFolded(personalRoutes, seg) {
		return true
	}
	// WebDAV names the account after its collection: SOGo's /SOGo/dav/USER/,
	// Nextcloud's and ownCloud's /remote.php/dav/files/USER/ (and calendars, ...).
	if len(seg) < 3 || len(seg) > 12 || !equalFold(seg, "dav") && !equalFoldAny(seg, "files", "calendars", "addressbooks", "uploads", "trashbin", "versions") {
		return false
	}
	before := path[:max(0, len(path)-len(seg)-1)]
	prev := before[bytes.LastIndexByte(before, '/')+1:]
	return equalFold(seg, "dav") && equalFold(prev, "sogo") || !equalFold(seg, "dav") && equalFold(prev, "dav")
}

// routeWords are the words of web APIs that stand where an account would.
var routeWords = map[string]bool{"new": true, "edit": true, "me": true, "self": true,
	"get": true, "set": true, "put": true, "post": true, "patch": true, "add": true, "remove": true,
	"query": true, "fetch": true, "detail": true, "simplelist": true, "getuserinfo": true,
	"sync": true, "convert_to_openid": true, // API verbs: WeChat Work's /cgi-bin/user/get?userid=...
	"current": true, "list": true, "search": true, "settings": true, "profile": true,
	"login": true, "logout": true, "signin": true, "signout": true, "register": true, "files": true,
	"signup": true, "password": true, "reset": true, "all": true, "admin": true,
	"create": true, "delete": true, "update": true, "show": true, "index": true, "api": true,
	"sessions": true, "session": true, "active": true, "bulk": true, "export": true,
	"import": true, "count": true, "avatar": true, "avatars": true, "lookup": true,
	"invite": true, "invitations": true, "groups": true, "roles": true, "permissions": true,
	"preferences": true, "notifications": true, "followers": true, "following": true,
	"details": true, "info": true, "status": true, "verify": true, "confirm": true,
	"activate": true, "deactivate": true, "lock": true, "unlock": true, "auth": true,
	"token": true, "tokens": true, "keys": true, "mfa": true, "recover": true,
	"forgot": true, "photos": true, "public": true, "private": true, "shared": true,
	"documents": true, "default": true, "guest": true, "anonymous": true, "batch": true,
	// A shop's or a portal's account pages (/account/orders, /my-account/edit-address)
	"orders": true, "order": true, "addresses": true, "address": true, "billing": true,
	"payments": true, "payment": true, "invoices": true, "subscriptions": true, "history": true,
	"overview": true, "dashboard": true, "security": true, "wishlist": true, "cart": true,
	"downloads": true, "devices": true, "bookings": true, "tickets": true,
	"favorites": true, "favourites": true, "editaccount": true, "editaddress": true,
	// online banking's account pages (/api/v2/accounts/summary)
	"summary": true, "balance": true, "balances": true, "transactions": true, "statements": true,
	"statement": true, "transfers": true, "beneficiaries": true, "cards": true, "limits": true, "activity": true,
	// Written with '_' or '-' too (GitLab's and Devise's /users/sign_in); looked up
	// without them.
	"passwords": true, "confirmation": true, "confirmations": true, "unlocks": true,
	"registration": true, "registrations": true, "omniauth": true, "oauth": true,
	"callback": true, "saml": true, "saml2": true, "oidc": true, "oauth2": true, "sso": true, "cancel": true, "destroy": true,
	"terms": true, "almostthere": true, "twofactor": true, "twofactorauth": true,
	// Social sites' own pages where an account would stand (x.com/i/..., instagram.com/p/...)
	"i": true, "p": true, "in": true, "pub": true, "home": true, "explore": true, "intent": true,
	"share": true, "sharer": true, "hashtag": true, "messages": true, "reel": true, "reels": true,
	"stories": true, "direct": true, "watch": true, "events": true, "pages": true,
	"marketplace": true, "feed": true, "jobs": true, "company": true, "school": true, "orgs": true,
	"features": true, "topics": true, "sponsors": true, "apps": true, "pricing": true, "about": true,
	"help": true, "legal": true, "privacy": true, "compose": true, "tr": true, "dialog": true,
	"twofactorauthentication": true, "passwordreset": true, "resetpassword": true,
	"forgotpassword": true, "changepassword": true, "emails": true, "email": true,
	"identities": true, "identity": true}

// routeAccount reports whether a URL path segment after a personal route is an account:
// a name with a letter, neither a word of the API nor a common word, nor a file.
func routeAccount(name []byte) bool {
	if len(name) < 2 || len(name) > 64 || !hasLetter(name) || inFolded(routeWords, name) || isGenericWord(name) ||
		bytes.IndexByte(name, '@') >= 0 { // a mail address: the scan maps it as one
		return false
	}
	if len(name) <= 32 && bytes.IndexAny(name, "_-") > 0 {
		var buf [32]byte
		joined := buf[:0]
		for _, c := range name {
			if c != '_' && c != '-' {
				joined = append(joined, c)
			}
		}
		if inFolded(routeWords, joined) {
			return false // sign_in, two-factor
		}
	}
	if dot := bytes.LastIndexByte(name, '.'); dot >= 0 && len(name)-dot <= 5 && !isDigit(name[len(name)-1]) {
		switch strings.ToLower(string(name[dot+1:])) {
		case "html", "htm", "php", "asp", "aspx", "jsp", "js", "css", "png", "jpg", "jpeg", "gif",
			"svg", "json", "xml", "txt", "pdf", "ico", "zip", "jspa", "jspx", "do", "action", "cgi", "ashx", "axd", "faces", "xhtml",
			"pl", "py", "rb", "shtml", "cfm", "php3", "php5", "phtml":
			// a file, a servlet or a script: /users/avatar.png, Jira's /secure/admin/user/DeleteUser.jspa,
			// Koha's /cgi-bin/koha/members/member.pl
			return false
		}
	}
	return true
}

// maxURLNesting bounds how deep URLs inside URLs are parsed as URLs: each level scans the
// rest of the line again.
const maxURLNesting = 3

// appendQuery maps a query string: name=value pairs separated by '&' (or ';').
func (w *worker) appendQuery(q []byte) {
	for len(q) > 0 {
		end := bytes.IndexAny(q, "&;")
		if end < 0 {
			end = len(q)
		}
		pair := q[:end]
		if eq := bytes.IndexByte(pair, '='); eq > 0 {
			w.repl = append(w.repl, pair[:eq+1]...)
			value := pair[eq+1:]
			from := len(w.repl)
			cat := w.e.rawKeys.lookupAssigned(pair[:eq]) // reset_token=, api_key=, sig=
			if leaf := bracketLeaf(pair[:eq]); cat == "" && leaf != nil {
				cat = bracketKeyCategory(leaf, w.e.rawKeys) // address[city]=, data[merges][FNAME]=
			}
			if cat == "" && (isQuerySecret(pair[:eq], value) || w.inShareLink && shareKeyShaped(value) || generatedTokenShaped(value) && !recordIDKey(pair[:eq])) {
				cat = categories.Secret // (a sharing site's rlkey=, code=; a confirmation link's t=)
			}
			if cat == "" && equalFold(pair[:eq], "uid") && hasLetter(value) {
				cat = categories.Username // ?token=...&uid=jdoe; uid=1000 is a number and stays
			}
			if cat == "" && (actorKey(pair[:eq]) && (loginShaped(value) || markedLogin(value)) || roleKey(pair[:eq]) && roleLoginShaped(value)) {
				cat = categories.Username // ?loginId=h.mcallister2, ?assignedTo=jdoe, ?agent=t.blackwood: a login as text writes it
			}
			if cat == "" && queryCoordinates(value) {
				cat = categories.Coordinate // a map link's ?q=37.2583,-6.9491, ?ll=, ?daddr=
			}
			if cat == "" && bytes.Contains(value, []byte("%40")) {
				cat = categories.Email // ?ref=jdoe%40example.com: tried as a mail address, else scanned
			}
			if cat == "" && equalFoldAny(pair[:eq], "nome", "nom", "naam", "nombre") && len(value) >= 3 && nameWordEnd(value, 0) == len(value) && !isGenericWord(value) {
				cat = categories.Fullname // a form's ?nome=Giulia&cognome=Ferri, ?nom=Lefevre: one word of a person's name
			}
			if cat == "" && equalFoldAny(pair[:eq], "name", "q", "search", "query", "nome", "nom", "naam", "nombre") && w.appendEncodedName(value) {
				// ?name=Rhodri%20Jenkins, a staff search's ?q=Okonkwo%20Emeka: a person's name
			} else if cat == "" || !w.appendValue(cat, value) {
				w.repl = w.repl[:from]
				w.appendEncodedText(value)
			}
		} else {
			w.appendScanned(pair)
		}
		if end < len(q) {
			w.repl = append(w.repl, q[end])
			end++
		}
		q = q[end:]
	}
}

// queryCoordinates reports a query value that is a latitude and a longitude in decimal
// degrees of four decimals or more, split by a comma (or "%2C"): a place wherever a link
// puts it.
func queryCoordinates(v []byte) bool {
	comma, n := bytes.IndexByte(v, ','), 1
	if comma < 0 {
		comma, n = bytes.Index(v, []byte("%2C")), 3
	}
	if comma < 6 || comma+n+6 > len(v) {
		return false
	}
	lat, lon := bytes.TrimPrefix(v[:comma], []byte("-")), bytes.TrimPrefix(v[comma+n:], []byte("-"))
	return degreesWithin(lat, 90, 4, 15) && degreesWithin(lon, 180, 4, 15)
}

// bracketLeaf returns the last part of a form's nested key, address[city] or
// data%5Bmerges%5D%5BFNAME%5D, or nil.
func bracketLeaf(key []byte) []byte {
	if n := len(key); n > 3 && key[n-1] == ']' {
		if open := bytes.LastIndexByte(key, '['); open >= 0 && open+1 < n-1 {
			return key[open+1 : n-1]
		}
	}
	if n := len(key); n > 7 && (hasPrefixAt(key, n-3, "%5D") || hasPrefixAt(key, n-3, "%5d")) {
		open := bytes.LastIndex(key, []byte("%5B"))
		if lower := bytes.LastIndex(key, []byte("%5b")); lower > open {
			open = lower
		}
		if open >= 0 && open+3 < n-3 {
			return key[open+3 : n-3]
		}
	}
	return nil
}

// maxDecodeDepth is how many URL encodings deep a value is decoded.
const maxDecodeDepth = 2

// appendEncodedText appends a query value scanned as the text it encodes: a name
// written Anna%20Nowak or Anna+Nowak, or a list Okafor%2C%20Ngozi, is found only
// decoded. What the scan rewrote is encoded back as the value was: the bytes it escaped
// escaped again, and blanks as '+' where it wrote them so.
// It returns the category of the first value rewritten, or "".
func (w *worker) appendEncodedText(v []byte) string {
	plus := bytes.IndexByte(v, '+') >= 0
	if w.decodeDepth >= maxDecodeDepth || !plus && !hasPercentEscape(v) || len(v) > 4096 {
		return w.appendScanned(v)
	}
	decoded, enc := decodeURL(make([]byte, 0, len(v)), v, plus)
	if plus && enc.escaped[' '] {
		// Both forms of a blank: which to write back would be a guess.
		return w.appendScanned(v)
	}
	from := len(w.repl)
	w.decodeDepth++
	first := w.appendScanned(decoded)
	w.decodeDepth--
	if first == "" {
		w.repl = append(w.repl[:from], v...)
		return ""
	}
	// A query's delimiters the scan wrote are escaped, as the value cannot hold them
	// bare; those it held bare already stay bare.
	also := "&=#"
	if bytes.ContainsAny(v, also) {
		also = ""
		for _, c := range [...]string{"&", "=", "#"} {
			if !bytes.Contains(v, []byte(c)) {
				also += c
			}
		}
	}
	w.encodeBack(from, enc, also)
	return first
}

// encodedValueAt rewrites the URL-encoded value of a key=value pair in text
// (cliente=Jose+Maria+Fernandez, name=Okafor%2C%20Ngozi) as appendEncodedText does, and
// returns its end, or i when nothing in it was rewritten.
func (w *worker) encodedValueAt(s []byte, i, j, base int) int {
	v := s[i:j]
	if bytes.IndexByte(v, '+') < 0 && !hasPercentEscape(v) || !hasLetter(v) {
		return i
	}
	from := len(w.repl)
	cat := w.appendEncodedText(v)
	if cat == "" {
		w.repl = w.repl[:from]
		return i
	}
	w.addEdit(cat, base+i, base+j, from)
	return j
}

// isQuerySecret reports the URL query parameters that hold a credential though their
// names do not say so outside a URL: a signed URL's signature (Azure's sig=, S3's
// X-Amz-Signature= and X-Amz-Credential=, Signature=), an OAuth authorization code
// (code=, sixteen bytes or more and not a number: ?code=404 is a status) and an API key.
func isQuerySecret(name, value []byte) bool {
	switch {
	case equalFoldAny(name, "sig", "signature", "x-amz-signature", "x-amz-credential"):
		return true
	case equalFold(name, "code"):
		return len(value) >= 16 && !isDigitsOnly(value)
	case equalFoldAny(name, "key", "apikey", "api-key"):
		// An API key (Google's ?key=AIza..., ?key=pk_...): letters and digits, twelve
		// bytes or more; ?key=value or ?key=name is a word.
		return len(value) >= 12 && hasLetter(value) && containsDigit(value)
	}
	return false
}

// recordIDKey reports a query parameter that names a record by its generated id (issue=,
// item=, trace_id=, requestId=, cursor=): an application's object, not a credential.
func recordIDKey(name []byte) bool {
	n := len(name)
	return n >= 2 && equalFold(name[n-2:], "id") || equalFoldAny(name, "issue", "item", "ticket", "ref", "order", "cursor", "page", "after", "before")
}

// numberedRegionOnly reports whether the only digits of a place written in parts split by
// ", " are a middle part of one to three letters and digits: a region's code (Vilnius,
// 65, Lithuania).
func numberedRegionOnly(v []byte) bool {
	first := bytes.Index(v, []byte(", "))
	if first < 1 {
		return false
	}
	second := bytes.Index(v[first+2:], []byte(", "))
	if second < 1 || second > 3 || containsDigit(v[:first]) || containsDigit(v[first+2+second:]) {
		return false
	}
	for _, c := range v[first+2 : first+2+second] {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// learnLocalPart learns an address's local part written as a person's login (b.ekstrom7
// in b.ekstrom7@...), which stands alone elsewhere (?canvasser=b.ekstrom7): as a user,
// mapped as the local part is.
func (w *worker) learnLocalPart(local []byte) {
	if personalLocalPart(local) && w.e.cats.on(categories.Username) {
		w.learn(categories.Username, local)
	}
}

// personalLocalPart reports an address's local part written as a person's login: letters
// joined by '.' or '_' or with digits (b.ekstrom7, anna_berg, jdoe2), not a role's
// mailbox (no-reply, info, support.team is a word pair) nor a generated one.
func personalLocalPart(local []byte) bool {
	if len(local) < 5 || len(local) > 32 || !loginShaped(local) || !Learnable(local) ||
		categories.IsWellKnownAccount(local) || !isLetter(local[0]) || bytes.IndexByte(local, '-') >= 0 || bytes.IndexByte(local, '+') >= 0 {
		return false
	}
	if sep := bytes.IndexAny(local, "._"); sep > 0 {
		return !isGenericWord(local[:sep]) && !isGenericWord(local[sep+1:]) // (support.team, noreply_billing)
	}
	return isDigit(local[len(local)-1]) && !isGenericWord(bytes.TrimRight(local, "0123456789"))
}

// orgCodeShaped reports a code where an organisation's name was expected: capitals and
// digits, a digit among them, joined by '-' (HCES-104, MI-014), no blank.
func orgCodeShaped(v []byte) bool {
	digit, dash := false, false
	for _, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case c == '-':
			dash = true
		case c < 'A' || c > 'Z':
			return false
		}
	}
	return digit && dash && len(v) <= 24
}

// generatedTokenShaped reports a value drawn at random from letters of both cases and
// digits (and '-', '_'), as a link's one-time token is (t=F7Qn9TRYAy8yqLivWN-88F7M):
// 16 to 256 bytes, all three classes, and the class changing at two bytes in five or
// more, where a word's compound (SpringSale2024Banner) changes far less often. Hashes
// are written in one case and stay.
func generatedTokenShaped(v []byte) bool {
	if len(v) < 16 || len(v) > 256 {
		return false
	}
	upper, lower, digit := false, false, false
	changes, prev := 0, byte(0)
	for _, c := range v {
		var class byte
		switch {
		case c >= 'a' && c <= 'z':
			class, lower = 'a', true
		case c >= 'A' && c <= 'Z':
			class, upper = 'A', true
		case isDigit(c):
			class, digit = '0', true
		case c == '-' || c == '_':
			class = '-'
		default:
			return false
		}
		changes += btoi(prev != 0 && class != prev)
		prev = class
	}
	return upper && lower && digit && changes*5 >= len(v)*2
}

// appendScanned appends text with the values found in it rewritten, using a nested scan
// whose edits are applied right away.
// It returns the category of the first value rewritten, or "".
func (w *worker) appendScanned(text []byte) string {
	if len(text) == 0 {
		return ""
	}
	saved, mark := len(w.edits), len(w.repl)
	w.scanFrom(text, 0, modePlain, '\t', 0)
	nested := w.edits[saved:]
	if len(nested) == 0 {
		w.repl = append(w.repl, text...)
		return ""
	}
	first := nested[0].category
	// The nested scan appended its replacements after mark; move them aside and append
	// the text with them applied.
	w.spare = append(w.spare[:0], w.repl[mark:]...)
	for k := range nested {
		nested[k].from -= mark
		nested[k].to -= mark
	}
	w.repl = applyEdits(w.repl[:mark], text, nested, w.spare)
	w.edits = w.edits[:saved]
	return first
}

// isTimeTail reports whether b, what follows a timestamp's seconds or a date, is no more
// than a fraction and a zone: ".123456Z", "+02:00", " UTC".
func isTimeTail(b []byte) bool {
	for _, c := range b {
		switch {
		case isDigit(c):
		case c == '.' || c == ',' || c == ':' || c == '+' || c == '-' || c == ' ':
		case c == 'Z' || c == 'z' || c == 'U' || c == 'T' || c == 'C' || c == 'G' || c == 'M':
		default:
			return false
		}
	}
	return true
}

// authSchemes are the HTTP authentication schemes an Authorization value starts with.
var authSchemes = []string{"Bearer", "Basic", "Digest", "Negotiate", "NTLM", "Token", "ApiKey",
	"AWS4-HMAC-SHA256", "HOBA", "Mutual", "SCRAM-SHA-256", "SSWS", "Splunk", "GoogleLogin", "OAuth"}

// isAuthScheme reports whether v is an authentication scheme's name.
func isAuthScheme(v []byte) bool {
	for _, scheme := range authSchemes {
		if equalFold(v, scheme) {
			return true
		}
	}
	return false
}

// authSchemeLen returns the length of the authentication scheme and the blanks after it
// that v starts with, or 0.
func authSchemeLen(v []byte) int {
	for _, scheme := range authSchemes {
		n := len(scheme)
		if len(v) > n && v[n] == ' ' && strings.EqualFold(string(v[:n]), scheme) {
			for n < len(v) && v[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

// hasPercentEscape reports whether v holds a URL escape, %XX.
func hasPercentEscape(v []byte) bool {
	for k := bytes.IndexByte(v, '%'); k >= 0 && k+2 < len(v); {
		if isHex(v[k+1]) && isHex(v[k+2]) {
			return true
		}
		next := bytes.IndexByte(v[k+1:], '%')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// appendPercentEncoded maps a URL-encoded value (walter%40example.com, jane%2Edoe) as
// its decoded self, and encodes the pseudonym's bytes as the value's were: an escape
// must not be split by a pseudonym (%2E becoming %2m), nor hide a value from its
// category.
func (w *worker) appendPercentEncoded(category string, v []byte) bool {
	decoded, enc := decodeURL(make([]byte, 0, len(v)), v, false)
	from := len(w.repl)
	w.decodeDepth++
	ok := w.appendValue(category, decoded)
	w.decodeDepth--
	if !ok {
		w.repl = w.repl[:from]
		return false
	}
	w.encodeBack(from, enc, "")
	return true
}

// urlEncoding is how a URL-encoded value was written: the bytes it escaped, the case of
// its hex digits, and whether '+' stood for a blank.
type urlEncoding struct {
	escaped [256]bool
	lower   bool
	plus    bool
}

// decodeURL appends v decoded to dst (%XX, and '+' as a blank when plus) and returns how
// v was encoded.
func decodeURL(dst, v []byte, plus bool) ([]byte, urlEncoding) {
	enc := urlEncoding{plus: plus}
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case c == '%' && k+2 < len(v) && isHex(v[k+1]) && isHex(v[k+2]):
			hi, _ := hexDigit(v[k+1])
			lo, _ := hexDigit(v[k+2])
			enc.escaped[hi<<4|lo] = true
			enc.lower = enc.lower || v[k+1] >= 'a' || v[k+2] >= 'a'
			dst = append(dst, hi<<4|lo)
			k += 2
		case c == '+' && plus:
			dst = append(dst, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst, enc
}

// encodeBack encodes w.repl[from:], a pseudonym of a decoded value, as the value was
// encoded: the bytes it escaped (and '%') escaped again in its case, blanks as '+' where
// it wrote them so; the bytes in also (a query's own delimiters) escaped too.
func (w *worker) encodeBack(from int, enc urlEncoding, also string) {
	digits := "0123456789ABCDEF"
	if enc.lower {
		digits = "0123456789abcdef"
	}
	w.pctSpare = append(w.pctSpare[:0], w.repl[from:]...)
	w.repl = w.repl[:from]
	for _, c := range w.pctSpare {
		switch {
		case c == ' ' && enc.plus:
			w.repl = append(w.repl, '+')
		case enc.escaped[c] || c == '%' || c == '+' && enc.plus || strings.IndexByte(also, c) >= 0:
			w.repl = append(w.repl, '%', digits[c>>4], digits[c&15])
		default:
			w.repl = append(w.repl, c)
		}
	}
}

// geopointLonEnd returns where the longitude ends in ODK's and KoboToolbox's geopoint,
// "lat lon altitude accuracy" (-0.0917 34.7680 1150.0 4.8), the last two optional; or 0.
func geopointLonEnd(v []byte) int {
	sp := bytes.IndexByte(v, ' ')
	if sp <= 0 || !categories.IsCoordinate(v[:sp]) {
		return 0
	}
	lonEnd := len(v)
	if e := bytes.IndexByte(v[sp+1:], ' '); e >= 0 {
		lonEnd = sp + 1 + e
	}
	if !categories.IsCoordinate(v[sp+1 : lonEnd]) {
		return 0
	}
	for _, f := range bytes.Fields(v[lonEnd:]) {
		if _, err := strconv.ParseFloat(string(f), 64); err != nil {
			return 0
		}
	}
	return lonEnd
}

// coordinatePair splits a location in decimal degrees: one coordinate, or two separated
// by a comma and blanks (lat,lon as text writes them); lon is nil for one.
func coordinatePair(v []byte) (lat, lon []byte, ok bool) {
	if categories.IsCoordinate(v) {
		return v, nil, true
	}
	comma := bytes.IndexByte(v, ',')
	if comma < 0 {
		return nil, nil, false
	}
	lat, lon = v[:comma], bytes.TrimLeft(v[comma+1:], " ")
	if !categories.IsCoordinate(lat) || !categories.IsCoordinate(lon) {
		return nil, nil, false
	}
	return lat, lon, true
}

// isCookieList reports whether v is a list of cookies, name=value pairs separated by
// "; ", each name a token and each value not empty. A single pair counts with a name of
// two bytes or more and a value of eight: a password may hold a '=' too, and base64
// ends in them, so that "a=b" and "dGVzdA==" stay secrets whole.
func isCookieList(v []byte) bool {
	pairs, single := 0, false
	for len(v) > 0 {
		for len(v) > 0 && v[0] == ' ' {
			v = v[1:]
		}
		eq := bytes.IndexByte(v, '=')
		if eq <= 0 {
			return false
		}
		for _, c := range v[:eq] {
			if !isAlnum(c) && c != '_' && c != '-' && c != '.' {
				return false
			}
		}
		semi := bytes.IndexByte(v, ';')
		value := v[eq+1:]
		if semi >= 0 {
			value = v[eq+1 : semi]
		}
		if len(value) == 0 || value[0] == '=' {
			return false
		}
		pairs++
		single = eq >= 2 && len(value) >= 8
		if semi < 0 {
			break
		}
		v = v[semi+1:]
	}
	return pairs > 1 || pairs == 1 && single
}

// vaultLoginUser returns where the user name of a Vault login path starts
// (auth/METHOD/login/USER), or 0.
func vaultLoginUser(v []byte) int {
	if !bytes.HasPrefix(v, []byte("auth/")) {
		return 0
	}
	k := bytes.Index(v, []byte("/login/"))
	if k <= 5 || bytes.IndexByte(v[5:k], '/') >= 0 || k+7 >= len(v) { // auth/METHOD/login/USER
		return 0
	}
	return k + 7
}

// flagsOf returns the run flags of b.
func flagsOf(b []byte) runFlags {
	var f runFlags
	for _, c := range b {
		f |= runClass[c]
	}
	return f
}

// possessiveEnd returns where the owner's name ends in a device name such as "Maria's
// iPhone" or "Ngozi’s iPad" (the apostrophe), or 0: one or two words of letters, then
// 's and a blank.
func possessiveEnd(v []byte) int {
	k := bytes.Index(v, []byte("'s "))
	if k < 0 {
		k = bytes.Index(v, []byte("\u2019s "))
	}
	if k < 0 {
		// German and Scandinavian possessives need no apostrophe (Hannahs iPhone, Björns
		// iPad), and a bare given name may name the owner (Thomas iPhone).
		if sp := bytes.IndexByte(v, ' '); sp > 2 && ownedDeviceAt(v, sp+1) {
			switch {
			case categories.IsGivenName(v[:sp]):
				return sp // Thomas iPhone
			case v[sp-1] == 's' && categories.IsGivenName(v[:sp-1]):
				return sp - 1
			}
		}
	}
	if k < 2 || k > 40 || bytes.Count(v[:k], []byte(" ")) > 1 {
		return 0
	}
	for _, r := range string(v[:k]) {
		if r != ' ' && r != '-' && !unicode.IsLetter(r) {
			return 0
		}
	}
	return k
}

// ownedDeviceAt reports whether a word of ownedDevices starts at v[k].
func ownedDeviceAt(v []byte, k int) bool {
	for _, d := range ownedDevices {
		if hasPrefixAt(v, k, d) {
			return true
		}
	}
	return false
}

// ownedDevices are the names of devices that their owners' names are given to.
var ownedDevices = [...]string{"iPhone", "iPad", "MacBook", "iMac", "Mac", "Galaxy", "Pixel", "Apple Watch", "AirPods", "Surface", "ThinkPad", "Laptop"}

// deviceAfterPossessive reports whether s[j:] is a possessive ending and a device's name:
// 's or ’s (English), 'in, ’in, 'ın, 'un, 'ün and after a vowel 'nin and its variants
// (Turkish: Selin’in MacBook), then a blank and a word of ownedDevices.
func deviceAfterPossessive(s []byte, j int) bool {
	switch {
	case s[j] == '\'':
		j++
	case j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x99: // ’
		j += 3
	default:
		return false
	}
	if j < len(s) && s[j] == 'n' {
		j++ // Turkish after a vowel: Ayşe’nin
	}
	switch {
	case j < len(s) && s[j] == 's' && (j+1 == len(s) || s[j+1] == ' '):
		j++
	case j+1 < len(s) && (s[j] == 'i' || s[j] == 'u') && s[j+1] == 'n':
		j += 2
	case j+2 < len(s) && (s[j] == 0xC4 && s[j+1] == 0xB1 || s[j] == 0xC3 && s[j+1] == 0xBC) && s[j+2] == 'n': // ın, ün
		j += 3
	default:
		return false
	}
	if j+1 >= len(s) || s[j] != ' ' {
		return false
	}
	return ownedDeviceAfter(s, j)
}

// ownedDeviceAfter reports whether one of ownedDevices starts after the blank at s[j].
func ownedDeviceAfter(s []byte, j int) bool {
	if j <= 0 || j+1 >= len(s) || s[j] != ' ' {
		return false
	}
	rest := s[j+1:]
	switch rest[0] {
	case 'i', 'M', 'G', 'P', 'A', 'S', 'T', 'L': // the first letters of ownedDevices
	default:
		return false
	}
	for _, d := range ownedDevices {
		if bytes.HasPrefix(rest, []byte(d)) && (len(rest) == len(d) || !isAlnum(rest[len(d)]) || d == "Mac" && rest[len(d)] == 'B') {
			return true
		}
	}
	return false
}

// nthWordEndAfter returns where the word after the blank at s[j] ends when it is one of
// words, or 0.
func nthWordEndAfter(s []byte, j int, words ...string) int {
	for _, w := range words {
		if hasPrefixAt(s, j+1, w) && j+1+len(w) < len(s) && s[j+1+len(w)] == ' ' {
			return j + 1 + len(w)
		}
	}
	return 0
}

// ownerAfterDevice returns where the owner's name starts in a device named "DEVICE of
// OWNER" (iPhone van Mathilde, iPad de María, MacBook Pro von Jürgen, Galaxy di Marco), or
// 0: a device's name of Apple or Samsung, one of the words for "of", then one or two
// name words.
func ownerAfterDevice(v []byte) int {
	sp := 0
	for _, d := range [...]string{"iPhone", "iPad", "MacBook Pro", "MacBook Air", "MacBook", "iMac", "Mac mini", "Galaxy", "Apple Watch"} {
		if bytes.HasPrefix(v, []byte(d)) && len(v) > len(d) && v[len(d)] == ' ' {
			sp = len(d) + 1
			break
		}
	}
	if sp == 0 {
		return 0
	}
	if v[sp] == '(' && v[len(v)-1] == ')' && len(v) > sp+3 && bytes.IndexByte(v[sp+1:len(v)-1], ' ') < 0 {
		return sp + 1 // MacBook Pro (Ondřej): the owner in parentheses
	}
	of := bytes.IndexByte(v[sp:], ' ')
	if of < 0 {
		// iPad Dimitris, iPhone Małgorzaty: one capitalized word after the device, its
		// owner's name (a model's word is none: iPad Air, iPhone Pro).
		w := v[sp:]
		if len(w) >= 3 && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0xC3) && hasLetter(w[1:]) && !containsDigit(w) {
			switch string(w) {
			case "Pro", "Air", "Mini", "mini", "Max", "Plus", "Ultra", "SE", "Studio", "Watch", "Tab", "Note", "Fold", "Flip":
				return 0
			}
			return sp
		}
		return 0
	}
	switch string(v[sp : sp+of]) {
	case "van", "von", "de", "di", "do", "da", "från", "fra", "av", "od", "z":
	default:
		return 0
	}
	k := sp + of + 1
	if k >= len(v) || nameWordEnd(v, k) == k {
		return 0
	}
	return k
}

// encodedScheme reports whether v starts with a URL scheme whose "://" is percent-encoded
// (https%3a%2f%2f, as a URL carried in a query is written).
func encodedScheme(v []byte) bool {
	for _, p := range [...]string{"https%3a%2f%2f", "http%3a%2f%2f"} {
		if len(v) > len(p) && equalFold(v[:len(p)], p) {
			return true
		}
	}
	return false
}

// hasNonLatinLetter reports whether v holds a letter of a script other than Latin (Han,
// Cyrillic, Arabic; not é or ł).
func hasNonLatinLetter(v []byte) bool {
	for _, r := range string(v) {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// hasOtherScriptLetter reports whether v holds a letter beyond ASCII (a name written in
// Chinese, Arabic, Cyrillic): such a name has no ASCII letter to be found by.
func hasOtherScriptLetter(v []byte) bool {
	for _, r := range string(v) {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// callerName reports whether v, at a phone number's key, is a caller's name instead: two
// to four capitalized words.
func callerName(v []byte) bool {
	words := bytes.Fields(v)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, word := range words {
		if !capitalizedWord(word) {
			return false
		}
	}
	return true
}

// pnrTitles are the titles airlines write after a passenger's name.
var pnrTitles = [...]string{" MR", " MRS", " MS", " MISS", " MSTR", " DR", " CHD", " INF"}

// pnrName finds a passenger's name as airline systems write it, SURNAME/GIVEN in
// capitals with an optional title (BERZINA/LIGA MRS, BĒRZIŅA/LĪGA): where the slash is and
// where the title starts (len(v) without one), or slash == 0.
func pnrName(v []byte) (slash, title int) {
	title = len(v)
	for _, t := range pnrTitles {
		if bytes.HasSuffix(v, []byte(t)) {
			title = len(v) - len(t)
			break
		}
	}
	slash = bytes.IndexByte(v[:title], '/')
	if slash < 2 || title-slash < 3 || v[title-1] == '/' || bytes.Contains(v[slash:title], []byte("//")) {
		return 0, 0 // (a second slash parts given names: SCHNEIDER/KATHARINA/MARIA)
	}
	for _, r := range string(v[:title]) {
		if r != '/' && r != ' ' && r != '-' && r != '\'' && !unicode.IsUpper(r) {
			return 0, 0 // (O'SULLIVAN/AOIFE)
		}
	}
	return slash, title
}

// threeGPPPrefix returns the length of the type prefix of a 5G subscriber identifier
// (SUPI imsi-..., PEI imei-.../imeisv-..., as subscriberIDStart reads them; GPSI
// msisdn-...) and the category of what follows, or 0.
func threeGPPPrefix(v []byte) (int, string) {
	if p := subscriberIDStart(v); p > 0 {
		return p, categories.DeviceID
	}
	if len(v) > 12 && string(v[:7]) == "msisdn-" && isDigitsOnly(v[7:]) {
		return 7, categories.Phone
	}
	return 0, ""
}

// auditDomainWords are more words an application names a kind of thing with (Nexus'
// audit domains: repository.asset, security.realm).
var auditDomainWords = map[string]bool{"repository": true, "component": true, "asset": true,
	"capability": true, "realm": true, "anonymous": true, "token": true, "role": true,
	"privilege": true, "blobstore": true, "task": true, "script": true, "webhook": true, "email": true}

// allGenericLabels reports whether every dot-separated label of v is a generic word
// (security.user, repository.asset): an application's name for a kind of thing.
func allGenericLabels(v []byte) bool {
	for len(v) > 0 {
		label := v
		if dot := bytes.IndexByte(v, '.'); dot >= 0 {
			label, v = v[:dot], v[dot+1:]
		} else {
			v = nil
		}
		if !isGenericWord(label) && !inFolded(auditDomainWords, label) {
			return false
		}
	}
	return true
}

// endsInLegalForm reports whether v, two words or more, ends in a listed legal form
// (Weber Maschinenbau GmbH, Harbour Foods Pty Ltd): a firm's name.
func endsInLegalForm(v []byte) bool {
	for k := bytes.IndexByte(v, ' '); k > 0 && k+1 < len(v); {
		if categories.LegalSuffixAt(v, k+1) == len(v) {
			return true
		}
		next := bytes.IndexByte(v[k+1:], ' ')
		if next < 0 {
			return false
		}
		k += 1 + next
	}
	return false
}

// postalAddressShaped reports whether v, found where an address of a network was
// expected (addr=, address=), is a postal one: words and a number, a comma and a blank
// between its parts (Goethestraße 7, 63067 Offenbach am Main; 12 Main St, Leeds).
// streetShaped reports a street and its house number with no town, as shops and
// carriers write an address's first line: one to four words of letters, then a number
// (44, 12a, 412-II). A host's or an address's name holds no blank.
func streetShaped(v []byte) bool {
	words := bytes.Fields(v)
	if len(words) < 2 || len(words) > 5 || len(v) > 80 {
		return false
	}
	last := words[len(words)-1]
	if !isDigit(last[0]) || len(last) > 8 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !lettersOnlyAnyScript(bytes.TrimRight(w, ".")) {
			return false
		}
	}
	return true
}

// numberFirstStreetShaped reports a street address that is all of v and starts with
// its house number: "14 Harcourt Street", "12 rue de la Paix".
func numberFirstStreetShaped(v []byte) bool {
	j := 0
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	return j > 0 && j < len(v) && streetNumberEnd(v, 0, j) == len(v)
}

func postalAddressShaped(v []byte) bool {
	if len(v) < 8 || bytes.Index(v, []byte(", ")) < 0 || !containsDigit(v) || bytes.IndexByte(v, ' ') < 0 {
		return false
	}
	letters := 0
	for k, c := range v {
		if isLetter(c) || c >= 0x80 {
			letters++
		}
		if c == ':' || c == '/' || c == '@' || c == '=' || c == '.' && k+1 < len(v) && isAlnum(v[k+1]) {
			return false // (addresses, hosts and URLs, lists of them: 10.1.2.3:443, mx1.example.com)
		}
	}
	return letters >= 4
}

// cmdletShaped reports whether v is a PowerShell command's name, Verb-Noun with one of
// the approved verbs that read or make a value (Read-Host, ConvertTo-SecureString).
func cmdletShaped(v []byte) bool {
	dash := bytes.IndexByte(v, '-')
	if dash < 3 || dash+2 >= len(v) || v[dash+1] < 'A' || v[dash+1] > 'Z' || !isLettersOnly(v[dash+1:]) {
		return false
	}
	switch string(v[:dash]) {
	case "Read", "Get", "Set", "New", "ConvertTo", "ConvertFrom", "Import", "Export", "Invoke", "Out", "Select", "Format", "Add", "Test":
		return true
	}
	return false
}

// lowerWordAfterCapital reports a capitalized first word followed by a word in lower case
// that is no name's particle (de, van, da): words of prose, no person's name.
func lowerWordAfterCapital(v []byte) bool {
	if len(v) == 0 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for k := bytes.IndexByte(v, ' '); k >= 0 && k+1 < len(v); {
		if p := particlesEnd(v, k+1); p > k+1 {
			k = p - 1 // (van der Linden: the particles, then the surname)
		} else if c := v[k+1]; c >= 'a' && c <= 'z' {
			e := k + 1
			for e < len(v) && v[e] >= 'a' && v[e] <= 'z' {
				e++
			}
			if e == len(v) || v[e] == ' ' {
				return true // (a word of letters: not finn.bauer@..., not a login)
			}
		}
		next := bytes.IndexByte(v[k+1:], ' ')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// exceptionClassName reports a Java or .NET exception's or error's class by its package
// path: java.sql.SQLException, System.IO.IOException, org.x.ValidationError.
func exceptionClassName(v []byte) bool {
	v = bytes.TrimSuffix(v, []byte(":"))
	dot := bytes.LastIndexByte(v, '.')
	if dot <= 0 || dot+2 >= len(v) || v[dot+1] < 'A' || v[dot+1] > 'Z' {
		return false
	}
	last := v[dot+1:]
	return bytes.HasSuffix(last, []byte("Exception")) || bytes.HasSuffix(last, []byte("Error"))
}

// appendEncodedName appends a query value that is a person's name written with %20 or
// '+' for its blanks (two or three capitalized words, a given name first or last) as its
// pseudonym, the name mapped decoded, as it is mapped in text, and encoded back. It
// reports whether the value was one.
func (w *worker) appendEncodedName(v []byte) bool {
	if len(v) > 64 || len(v) < 5 {
		return false
	}
	var buf [64]byte
	d, enc := decodeURL(buf[:0], v, bytes.IndexByte(v, '+') >= 0)
	if bytes.IndexByte(d, ' ') <= 0 || !personNameEitherOrder(d) {
		return false
	}
	from := len(w.repl)
	if !w.appendValue(categories.Fullname, d) {
		w.repl = w.repl[:from]
		return false
	}
	w.encodeBack(from, enc, "&=#")
	return true
}
