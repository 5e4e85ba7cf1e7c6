package anon

import (
	"bytes"
	"strings"
	"testing"
)

// TestSyslogHost checks which word after a leading timestamp is taken for the host: every
// word after an RFC 3164 or RFC 5424 timestamp but a log level, and after a bare ISO
// timestamp (or a European one, 22.04.2024 02:50:21) only a host-shaped word or one
// followed by a program tag.
func TestSyslogHost(t *testing.T) {
	for _, tc := range []struct {
		line string
		host string // "" for none
	}{
		{"Mar  5 10:11:12 gateway su: x", "gateway"},
		{"Mar  5 10:11:12 gateway message without a tag", "gateway"},
		{"<190>Nov 19 17:02:11 2024 HPE-5130-EG-2OG %%10SSHS/6/SSHS_LOG: x", "HPE-5130-EG-2OG"}, // HPE Comware: the year after the time
		{"Nov 19 17:02:11 2024 sw1 x", "sw1"},
		{"Nov 19 17:02:11 4096 bytes free", ""}, // no year: a number where the host goes
		{"<34>1 2024-03-05T10:11:12Z web app - - - hi", "web"},
		{"<34>1 2024-03-05T10:11:12Z - app - - - hi", ""},
		{"2024-03-05T10:11:12.123+01:00 web-01 sshd[12]: ok", "web-01"},
		{"2024-03-05T10:11:12Z gateway kernel: x", "gateway"},
		{"2024-03-05T10:11:12Z gateway CRON[99]: x", "gateway"},
		{"2024-03-05 10:11:12 fw1 connection closed", "fw1"},
		{"2024-03-05 10:11:12 h.example.com text", "h.example.com"},
		{"2024-03-05 10:11:12 by alice from 10.1.2.3", ""},
		{"2024-03-05 10:11:12 INFO login ok", ""},
		{"2024-03-05T10:11:12Z warn: low disk", ""},
		{"Mar  5 10:11:12 ERROR something", ""},
		{"2024-03-05 10:11:12 sshd[12]: ok", ""},
		{"Mar  5 10:11:12 2001:db8::7 kernel: x", "2001:db8::7"},
		{"May 10 00:00:00 00:1a:2b:3c:4d:5e dhcpd: x", "00:1a:2b:3c:4d:5e"},
		{"May 0 00:00:00 !1::1", ""},
		{"22.04.2024 02:50:21 fpa-hq-01 FIRE ALARM 0012/034", "fpa-hq-01"},
		{"22.04.2024 02:50:21.123 gateway sshd[12]: ok", "gateway"},
		{"22.04.2024 02:50:21 INFO started", ""},
		{"22.04.2024 02:50:21 Benutzer angemeldet", ""},
		{"42.04.2024 02:50:21 fpa-hq-01 x", ""},
		{"not a syslog line", ""},
	} {
		start, end, ok := syslogHost([]byte(tc.line))
		got := ""
		if ok {
			got = tc.line[start:end]
		}
		if got != tc.host {
			t.Errorf("syslogHost(%q) = %q, want %q", tc.line, got, tc.host)
		}
	}
}

// TestWindowsMachineShaped checks which words after "from" or "on" are taken for Windows
// machine names: letters after a dash, or a machine prefix before digits; not encodings,
// hash names, lower case words or names longer than NetBIOS allows.
func TestWindowsMachineShaped(t *testing.T) {
	for _, tc := range []struct {
		tok  string
		want bool
	}{
		{"FIN-SQL02", true},
		{"MBP-RCOSTA", true},
		{"DESKTOP-7F3KQ2", true},
		{"WS-042", true},
		{"DC-01", true},
		{"UTF-8", false},
		{"SHA-256", false},
		{"ISO-8859-1", false},
		{"AES-256-GCM", false},
		{"SRV-01-B", true},
		{"fin-sql02", false},
		{"FINSQL02", false},
		{"-FIN-SQL", false},
		{"FIN--SQL", false},
		{"FIN-SQL-", false},
		{"VERYLONGMACHINE-NAME01", false},
		{"Fin-Sql02", false},
		{"FS01", true},
		{"DC02", true},
		{"FINSQL02", false},
		{"TLS12", false},
		{"IPV6", false},
		{"WS", false},
	} {
		if got := windowsMachineShaped([]byte(tc.tok)); got != tc.want {
			t.Errorf("windowsMachineShaped(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}

// TestJoinedPersonName checks which names written as one word are found: a dotted login
// whose first part is a given name, and a full name joined by '_', in either order; not
// configuration keys, domains, Java classes or words that are also given names.
func TestJoinedPersonName(t *testing.T) {
	for _, tc := range []struct {
		run  string
		name string // "" for none
	}{
		{"olga.ivanova", "olga.ivanova"},
		{"daan.bakker", "daan.bakker"}, // given-extra.txt
		{"Olga.Ivanova", "Olga.Ivanova"},
		{"olga.ivanova.jpg", "olga.ivanova"},
		{"analyst-pavel.orlov", "pavel.orlov"},
		{"console-consumer-lukas.becker", "lukas.becker"},
		{"Review_Yasmin_Haddad.docx", "Yasmin_Haddad"},
		{"passport_Santiago_Ruiz.pdf", "Santiago_Ruiz"},
		{"Bellandi_Chiara.xlsx", "Bellandi_Chiara"},
		{"NDA_Sigrid_Lunde_signed.pdf", "Sigrid_Lunde"},
		{"olga.Ivanova", ""},         // mixed case: no name's layout
		{"olga.ivanova.example", ""}, // a longer dotted name: a host
		{"www.olga.ivanova", ""},
		{"org.olga.ivanova.Main", ""},
		{"max.connections", ""}, // a given name that is a word
		{"will_retry", ""},
		{"Mark_Read", ""},
		{"anna.config", ""}, // a word of software after the name
		{"anna.service", ""},
		{"olga_ivanova", ""}, // joined by '_' in lower case: no layout of a name
		{"ol.ivanova", ""},
		{"olga.iv", ""},
		{"olga2.ivanova", ""},
		{"kafka.consumer", ""},
		{"sandbox-mehmet-yilmaz", "mehmet-yilmaz"}, // a slug that ends in a login
		{"team-priya-raman", "priya-raman"},
		{"priya-raman-dev", ""}, // not at the end
		{"max-age", ""},
		{"anna-test", ""},
		{"adebayo-billing", ""},
		{"000421_BONDIOLI_MARCO.pdf", "BONDIOLI_MARCO"}, // in capitals, beside an id
		{"MAX_RETRIES_3.conf", ""},
		{"REPORT_FINAL_2024.pdf", ""},
		{"LOG_ANNA_01.txt", ""},
	} {
		s := []byte(tc.run)
		start, end, _ := joinedPersonName(s, 0, len(s), flagsOf(s))
		got := ""
		if end > start {
			got = tc.run[start:end]
		}
		if got != tc.name {
			t.Errorf("joinedPersonName(%q) = %q, want %q", tc.run, got, tc.name)
		}
	}
	// The scan ends a run before a file's extension: the name is found all the same.
	for _, tc := range []struct{ text, name string }{
		{"brooks_tyler_2025.pdf", "brooks_tyler"},
		{"virtanen_jukka_FI_202501.pdf y", "virtanen_jukka"},
		{"import_martin_data.csv", ""},
		{"brooks_tyler_2025.example.com", ""}, // a host's labels, not an extension
	} {
		s := []byte(tc.text)
		j := bytes.IndexByte(s, '.')
		start, end, _ := joinedPersonName(s, 0, j, flagsOf(s[:j]))
		got := ""
		if end > start {
			got = tc.text[start:end]
		}
		if got != tc.name {
			t.Errorf("joinedPersonName(%q before its extension) = %q, want %q", tc.text, got, tc.name)
		}
	}
}

// TestProseNameEnd checks which names in prose are found: a listed given name, then one
// or two capitalized words that are no common words of logs, an initial allowed; not a
// given name that is a word, a capitalized phrase of software, or a name's possessive 's.
func TestProseNameEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		name string // "" for none
	}{
		{"Priya Sharma at door 3", "Priya Sharma"},
		{"Anna Kowalska, assigned", "Anna Kowalska"},
		{"John A. Smith admitted", "John A. Smith"},
		{"Maria José Fernández called", "Maria José Fernández"},
		{"Nadia Petrenko-Hale left", "Nadia Petrenko-Hale"},
		{"Sean O'Brien signed", "Sean O'Brien"},
		{"Anton Sidorov's team", "Anton Sidorov"},
		{"Victoria Island Office", ""},
		{"Max Retries reached", ""},
		{"Grace Period over", ""},
		{"Anna Server started", ""},
		{"Anna. Then", ""},
		{"Anna smith", ""},
		{"ANNA SMITH", "ANNA SMITH"}, // upper case, both words
		{"ANNA SERVER", ""},
		{"Anna Smith2 x", ""},
		{"Anna Smith@example.com", ""},
		{"Maria Error occurred", ""},
	} {
		s := []byte(tc.text)
		j := 0
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		got := ""
		if end := proseNameEnd(s, 0, j); end > j {
			got = tc.text[:end]
		}
		if got != tc.name {
			t.Errorf("proseNameEnd(%q) = %q, want %q", tc.text, got, tc.name)
		}
	}
}

// TestReversedAndCaretNames checks names written surname first: "Kowalska, Anna" with a
// listed given name after the comma, in either case, and DICOM's Family^Given.
func TestReversedAndCaretNames(t *testing.T) {
	for _, tc := range []struct {
		text  string
		caret bool
		name  string // "" for none
	}{
		{"Kowalska, Anna went", false, "Kowalska, Anna"},
		{"Zielińska, Magdalena\"", false, "Zielińska, Magdalena"},
		{"Ramírez Ortega, Javier ws", false, "Ramírez Ortega, Javier"},
		{"OYELARAN, BABATUNDE ok", false, "OYELARAN, BABATUNDE"},
		{"Okafor, Chinedu A. seen", false, "Okafor, Chinedu A."},
		{"London, Paris", false, ""},
		{"Error, Will retry", false, ""},
		{"Patient Okafor, x", false, ""},
		{"Kowalska, anna", false, ""},
		{"Benali^Karim|", true, "Benali^Karim"},
		{"Tran^Van Minh^^", true, "Tran^Van Minh"},
		{"Szymańska^Katarzyna^Maria", true, "Szymańska^Katarzyna^Maria"},
		{"Foo^Bar", true, ""}, // no given name, two parts
	} {
		s := []byte(tc.text)
		var end int
		if tc.caret {
			end = caretNameEnd(s, 0)
		} else {
			end = reversedNameEnd(s, 0)
		}
		if got := tc.text[:end]; got != tc.name {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.name)
		}
	}
}

// TestRawKeyLookup checks keys in every case and script, and that a lookup does not
// allocate: it runs for every word before '=' or ':' in every line.
func TestRawKeyLookup(t *testing.T) {
	for _, tc := range []struct{ key, category string }{
		{"user", "username"},
		{"USER_NAME", "username"},
		{"Пользователь", "username"}, // lowered by Unicode's rules
		{"ПОЛЬЗОВАТЕЛЬ", "username"},
		{"会員ID", "username"}, // a script without case, then ASCII capitals
		{"用户名", "username"},
		{"公司", "organization"},
		{"Ψευδώνυμο", ""},
		{"", ""},
	} {
		if got := builtinRawKeys.lookup([]byte(tc.key)); got != tc.category {
			t.Errorf("lookup(%q) = %q, want %q", tc.key, got, tc.category)
		}
	}
	for _, key := range []string{"USER_NAME", "Пользователь", "会員ID", "Ψευδώνυμο"} {
		if n := testing.AllocsPerRun(50, func() { builtinRawKeys.lookup([]byte(key)) }); n != 0 {
			t.Errorf("lookup(%q) allocates %v times", key, n)
		}
	}
}

// TestInitialThenSurname checks the shape of a login made of an initial and a surname
// against English words and programs' names of the same letters.
func TestInitialThenSurname(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"pdubois", true},
		{"jkowalski", true},
		{"tnovak", true},
		{"rsyslogd", false}, // a daemon: its parts name a program
		{"crontabs", false},
		{"kdvorakova", true},
		{"mbernard", true},
		{"default", false},   // a vowel second
		{"strangers", false}, // st begins English words
		{"through", false},
		{"rtnetlink", false}, // a program
		{"mtadaemon", false},
		{"pdu", false},        // too short
		{"p.dubois", false},   // marked logins are another rule's
		{"Pdubois", false},    // a capital: a word's or a product's
		{"mmmm", false},       // no vowel after the initial
		{"ssurname", false},   // a doubled letter
		{"xyzzyxyzzy", false}, // y counts as a vowel
	} {
		if got := initialThenSurname([]byte(tc.word)); got != tc.want {
			t.Errorf("initialThenSurname(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestSQLStringEnd checks where a single-quoted SQL string ends: a doubled quote and a
// quote after a backslash (MySQL's escape, also as JSON writes it) are text.
func TestSQLStringEnd(t *testing.T) {
	for _, tc := range []struct {
		in   string // the text after the opening quote
		want int    // the index of the closing quote, -1 for none
	}{
		{`Bologna', x`, 7},
		{`Via dell''Indipendenza 44', x`, 25},
		{`Via dell\'Indipendenza 44', x`, 25},
		{`Via dell\\'Indipendenza 44', x`, 26},
		{`', x`, 0},
		{`no end`, -1},
		{`''`, -1}, // a doubled quote, then nothing: no end
	} {
		if got := sqlStringEnd([]byte(tc.in), 0, 256); got != tc.want {
			t.Errorf("sqlStringEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestRawKeysListedOnce guards rawkeys.tsv against a key listed twice: the later row
// would be silently ignored (a_number is telephony's calling number, not an alien
// registration number).
func TestRawKeysListedOnce(t *testing.T) {
	seen := map[string]int{}
	for n, line := range strings.Split(rawKeysTable, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		key := strings.ToLower(strings.SplitN(line, "\t", 2)[0])
		if first, ok := seen[key]; ok {
			t.Errorf("rawkeys.tsv:%d: key %q already listed on line %d", n+1, key, first)
			continue
		}
		seen[key] = n + 1
	}
}
