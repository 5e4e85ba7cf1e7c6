package anon

import (
	"bytes"
	"strings"

	"github.com/siemanon/siemanon/categories"
)

// Logs whose columns are named by a header line: the W3C extended log format (IIS, some
// proxies: "#Fields: date time c-ip cs-username ...", fields separated by blanks),
// Zeek's TSV logs ("#fields\tts\tuid\tid.orig_h ...", separated by tabs) and the Windows
// DHCP server's audit log (a CSV header, "ID,Date,Time,Description,IP Address,..."). A header holds
// for the lines after it in the same input, up to the next header. The reader, which
// sees the lines in order, attaches the layout to each line, so that a worker reads a
// column by its name whatever batch or chunk the line falls in.

// fieldLayout is the layout a header declares: the separator and, per column, the
// category its name gives ("" for a column that is scanned as text).
type fieldLayout struct {
	sep        byte
	csv        bool // a CSV export's layout (',' or ';'): fields may be quoted
	categories []string
	dateFirst  bool // the first column is W3C's date: a line of the log starts with one
	// noteLast marks a CSV whose last column is a note in words (bemerkung, comments,
	// remarks), which an export writes with its commas unquoted: a row may have more
	// fields than the header, the extra ones the note's.
	noteLast bool
	// An audit trail's change log names, per row, the field whose old and new values it
	// holds (ServiceNow's fieldname, oldvalue, newvalue; SAP's FNAME, VALUE_OLD,
	// VALUE_NEW): fieldColumn is that column (-1: none), valueColumns those values'.
	fieldColumn  int
	valueColumns []bool
	// pgParams marks the layout of a PostgreSQL parameters line: categories are the
	// statement's placeholders' ($1 is categories[0]).
	pgParams bool
}

// quotes reports whether a field of the layout may be quoted, and hold separators inside
// its quotes: CSV's, and the W3C format's fields separated by blanks (Blue Coat writes
// "Computers/Internet" and the user agent so).
func (l *fieldLayout) quotes() bool { return l.csv || l.sep == ' ' }

// fits reports whether a line is one of the layout's: as many fields as it has columns
// (so that "cat iis.log syslog.log | siemanon" reads the syslog lines as what they are),
// and a date first where the header says so. A CSV row may end with a separator more
// (an export that closes every row with one: "a;b;c;").
func (l *fieldLayout) fits(line []byte) bool {
	if l.csv {
		n := csvFields(line, l.sep)
		return (n == len(l.categories) || n == len(l.categories)+1 && len(line) > 0 && line[len(line)-1] == l.sep ||
			l.noteLast && n > len(l.categories) && n <= len(l.categories)+8) && !commaMillisTime(line)
	}
	if l.quotes() && bytes.IndexByte(line, '"') >= 0 && quotesOpenFields(line, l.sep) {
		if csvFields(line, l.sep) != len(l.categories) {
			return false
		}
	} else if bytes.Count(line, []byte{l.sep})+1 != len(l.categories) {
		return false
	}
	if l.dateFirst {
		return len(line) >= 10 && isDigit(line[0]) && isDigit(line[3]) && line[4] == '-' && line[7] == '-'
	}
	return true
}

// quotesOpenFields reports whether every opening quote of a line starts a field (after
// the separator or at the line's start): a W3C log quotes whole fields ("Mozilla/5.0
// (...)"), while errstr="Session interrupted" in a line of key=value pairs quotes a
// value inside one, and the line is not the layout's.
func quotesOpenFields(line []byte, sep byte) bool {
	inside := false
	for k, c := range line {
		if c != '"' {
			continue
		}
		if !inside && k > 0 && line[k-1] != sep {
			return false
		}
		inside = !inside
	}
	return true
}

// commaMillisTime reports whether line has a time with its milliseconds after a comma
// and a blank after them (log4j, Python logging: 08:09:04,667 INFO): a log line of
// another file, whose comma makes no field.
func commaMillisTime(line []byte) bool {
	for k := bytes.IndexByte(line, ','); k >= 0; {
		if k >= 8 && k+4 < len(line) && line[k-3] == ':' && line[k-6] == ':' && isDigit(line[k-1]) && isDigit(line[k-4]) &&
			isDigit(line[k+1]) && isDigit(line[k+2]) && isDigit(line[k+3]) && line[k+4] == ' ' {
			return true
		}
		next := bytes.IndexByte(line[k+1:], ',')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// w3cFieldCategories are the categories of the W3C extended log format's field names
// (IIS and the proxies that write it), lower case. The other fields (cs-uri-stem,
// cs-uri-query, cs(User-Agent), ...) are scanned as text.
var w3cFieldCategories = map[string]string{
	"c-ip": categories.IP, "s-ip": categories.IP, "cs-username": categories.Username,
	"s-computername": categories.Hostname, "cs-host": categories.Address, "cs(host)": categories.Address,
	"cs(referer)": categories.URL, "cs(cookie)": categories.Secret, "x-forwarded-for": categories.IP,
	"cs(x-forwarded-for)": categories.IP, "r-host": categories.Address, "s-sitename": "",
	"c-dns": categories.Address, "s-dns": categories.Address, "x-client-ip": categories.IP,
	// The Windows DHCP server's audit log (a CSV header of the same kind).
	"ip address": categories.IP, "host name": categories.Address, "mac address": categories.MAC,
	"user name": categories.Username,
	// SIEM and identity providers' CSV downloads: QRadar's offense list (Users, Source
	// IPs, Assigned To), Entra ID's sign-in log (Location, Home tenant name).
	"users": categories.Username, "assigned to": categories.Username,
	"source ips": categories.IP, "destination ips": categories.IP,
	"location": categories.Geo, "home tenant name": categories.Organization,
	// Intune's device export.
	"device name": categories.Hostname, "wi-fi mac": categories.MAC, "ethernet mac": categories.MAC,
	"primary user upn": categories.Email, "primary user display name": categories.Fullname,
	"primary user email address": categories.Email, "phone number": categories.Phone,
	"ethernetmac": categories.MAC, "wifimac": categories.MAC,
	// ServiceNow's list exports: reference fields as display names, the audit fields
	// as logins.
	"caller_id": categories.Fullname, "assigned_to": categories.Fullname, "opened_by": categories.Fullname,
	"resolved_by": categories.Fullname, "closed_by": categories.Fullname,
	"sys_updated_by": categories.Username, "sys_created_by": categories.Username,
	// HR rosters, badge systems and directory exports (csvde's LDAP attributes).
	"legal name": categories.Fullname, "preferred name": categories.Fullname, "manager": categories.Fullname,
	"cardholder": categories.Fullname, "city": categories.Geo, "home address": categories.Geo,
	"l": categories.Geo, "streetaddress": categories.Geo, "last logged in user": categories.Username,
	// Cisco Unified CM's call detail records: addresses as little-endian integers,
	// numbers dialled and calling, the phones (SEP and the MAC) and their users.
	"origipaddr": littleEndianIntIPv4, "destipaddr": littleEndianIntIPv4,
	"origmediatransportaddress_ip": littleEndianIntIPv4, "destmediatransportaddress_ip": littleEndianIntIPv4,
	"origvideotransportaddress_ip": littleEndianIntIPv4, "destvideotransportaddress_ip": littleEndianIntIPv4,
	"origipv4v6addr": categories.IP, "destipv4v6addr": categories.IP,
	"callingpartynumber": categories.Phone, "originalcalledpartynumber": categories.Phone,
	"finalcalledpartynumber": categories.Phone, "lastredirectdn": categories.Phone,
	"origdevicename": categories.Hostname, "destdevicename": categories.Hostname,
	"callingpartyunicodeloginuserid": categories.Username, "finalcalledpartyunicodeloginuserid": categories.Username,
}

// parseFieldsHeader returns the layout the header line declares, nil for the line that
// closes a Zeek log (#close), or false when the line is neither.
func (e *Engine) parseFieldsHeader(line []byte) (*fieldLayout, bool) {
	var names [][]byte
	l := &fieldLayout{}
	zeek := false
	switch {
	case len(line) > 9 && strings.EqualFold(string(line[:9]), "#Fields: "):
		l.sep = ' '
		names = bytes.Fields(line[9:])
		if len(names) == 1 && bytes.Count(line[9:], []byte{','}) >= 2 {
			l.sep, l.csv = ',', true // Exchange's message tracking logs: #Fields: date-time,client-ip,...
			names = bytes.Split(bytes.TrimSpace(line[9:]), []byte{','})
		}
	case len(line) > 8 && string(line[:8]) == "#fields\t":
		l.sep, zeek = '\t', true
		names = bytes.Split(line[8:], []byte{'\t'})
	case len(line) >= 6 && string(line[:6]) == "#close":
		return nil, true
	case len(line) > 24 && string(line[:24]) == "ID,Date,Time,Description":
		// The Windows DHCP server's audit log: a CSV header, then its lines.
		l.sep, l.csv = ',', true
		names = bytes.Split(line, []byte{','})
	case pipeTableHeader(line):
		// A table printed with '|' between its columns: SAP's list exports (SM20's
		// |Date |Time |...|User |Terminal name |), psql's and mysql's query output.
		l.sep = '|'
		names = bytes.Split(line, []byte{'|'})
		known := 0
		for k, name := range names {
			names[k] = bytes.TrimSpace(name)
			if c := e.columnCategory(names[k], false); c != "" && c != categories.Time {
				known++
			}
		}
		if known == 0 {
			return nil, false
		}
	case !headerStart(line[0]):
		return nil, false // (blanks or a bar before names that are no table's)
	case csvHeaderSep(line) != 0:
		// A CSV export (a SIEM's search results): a header of column names, some of
		// them known (user, src_ip, host, source.ip), then its rows.
		l.sep, l.csv = csvHeaderSep(line), true
		names = bytes.Split(line, []byte{l.sep})
		for k, name := range names {
			names[k] = bytes.Trim(name, `" `)
		}
		known := 0
		for _, name := range names {
			if e.columnCategory(name, false) != "" {
				known++
			}
		}
		if known == 0 || l.sep == '\t' && known < 2 {
			return nil, false // (a line of tab-separated words names two known columns to be a header)
		}
	default:
		return nil, false
	}
	l.categories = make([]string, len(names))
	l.fieldColumn = -1
	nameColumn := false // a column of a name's part (prenom, first_name)
	for k, name := range names {
		l.categories[k] = e.columnCategory(name, zeek)
		if fieldNameColumns[strings.ToLower(string(name))] {
			l.fieldColumn, l.categories[k] = k, ""
		}
		nameColumn = nameColumn || l.categories[k] == categories.Fullname
	}
	if nameColumn && l.csv {
		// Beside a given name's column, a column named only "name" holds the family
		// name (id_client;civilite;nom;prenom;...): a person's, not a file's or a rule's.
		for k, name := range names {
			if l.categories[k] == "" && equalFoldAny(name, "nom", "name", "naam", "nome", "nombre", "navn", "namn", "nimi") {
				l.categories[k] = categories.Fullname
			}
		}
	}
	if l.fieldColumn >= 0 {
		l.valueColumns = make([]bool, len(names))
		values := 0
		for k, name := range names {
			if changeValueColumns[strings.ToLower(string(name))] {
				l.valueColumns[k] = true
				values++
			}
		}
		if values == 0 {
			l.fieldColumn, l.valueColumns = -1, nil
		}
	}
	l.dateFirst = l.sep == ' ' && len(names) > 0 && strings.EqualFold(string(names[0]), "date")
	l.noteLast = l.csv && len(names) >= 4 && noteColumns[strings.ToLower(string(names[len(names)-1]))]
	return l, true
}

// columnCategory names the category of a column by its name: Zeek's names as its JSON
// logs spell them (the zeek profile), W3C's by their own table, and both by the raw
// keys (a column named user or password).
func (e *Engine) columnCategory(name []byte, zeek bool) string {
	if zeek {
		if p := e.zeek; p != nil {
			if c, ok := p.Category(name); ok && c != "none" {
				return c
			}
		}
	} else if c, ok := w3cFieldCategories[strings.ToLower(string(name))]; ok {
		return c
	} else if e.ecs != nil {
		if c, ok := e.ecs.Category(name); ok && c != "none" {
			return c // an export's ECS column: source.ip, user.name
		}
		if bytes.IndexByte(name, '.') > 0 {
			// A dotted column of another schema's export: Okta's
			// client.geographicalContext.state.
			for _, p := range e.profiles {
				if c, ok := p.Category(name); ok && c != "none" {
					return c
				}
			}
		}
	}
	last := name
	if dot := bytes.LastIndexByte(name, '.'); dot >= 0 {
		last = name[dot+1:]
	}
	if c := e.rawKeys.lookupWorded(last); c != "" {
		return c
	}
	if len(last) == 2 && equalFold(last, "cp") {
		// French and Spanish exports' column for the postal code (code postal, código
		// postal); no key of key=value text, where cp= is a code page or a page.
		return postalCodeValue
	}
	if bytes.IndexByte(last, ' ') >= 0 {
		return "" // (a record's cell, "Lost phone", is no column named for a phone)
	}
	return e.rawKeys.lookupAssigned(last) // by the name's end: Salesforce's MailingCity, db_password
}

// scanColumns finds the values of a line of a log with a fields header: a column whose
// name gives its category is read as a value of it, every other column is scanned as
// text on its own. Columns beyond the header's are scanned as text.
func (w *worker) scanColumns(s []byte, l *fieldLayout, base int) {
	where := w.where
	defer func() { w.where = where }()
	fieldCat := ""
	if l.fieldColumn >= 0 {
		if from, to, ok := columnCell(s, l, l.fieldColumn); ok {
			fieldCat = w.changedFieldCategory(s[from:to])
		}
	}
	start := 0
	for col := 0; start <= len(s); col++ {
		end := bytes.IndexByte(s[start:], l.sep)
		if l.quotes() && start < len(s) && s[start] == '"' {
			end = csvQuotedEnd(s, start, l.sep) - start // a quoted field may hold separators
		}
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		cat := ""
		if col < len(l.categories) {
			cat = l.categories[col]
			if l.valueColumns != nil && l.valueColumns[col] {
				cat = fieldCat
			}
		}
		if col == l.fieldColumn {
			start = end + 1 // the field's name stays
			continue
		}
		from, to := start, end
		if l.quotes() && to-from >= 2 && s[from] == '"' && s[to-1] == '"' {
			from, to = from+1, to-1 // the value inside the quotes
		}
		if cat != "" && to > from && listCategory(cat) && bytes.Contains(s[from:to], []byte(", ")) && !(cat == categories.Username && surnameCommaName(s[from:to])) &&
			!(cat == categories.Address && bytes.IndexByte(s[from:from+bytes.Index(s[from:to], []byte(", "))], ' ') > 0) { // (a postal address's parts: "Av. Nossa Senhora ..., 880, 22050-002 Rio de Janeiro")
			// A cell of several values: "bmarchetti, gconti", "10.1.2.3, 10.1.2.4".
			w.where = whereColumn
			for k := from; k < to; {
				e := bytes.Index(s[k:to], []byte(", "))
				if e < 0 {
					e = to - k
				}
				w.contextValue(cat, s, k, k+e, base)
				k += e + 2
			}
		} else if cat != "" && to > from && !sqlTypeName(s[from:to]) {
			w.where = whereColumn
			w.contextValue(cat, s, from, to, base)
		} else if to > from {
			w.where = where
			w.scanFrom(s[:to], from, modePlain, l.sep, base)
		}
		start = end + 1
	}
}

// sqlTypeName reports a column's SQL type, which a second header line gives (Cisco
// Unified CM's call detail records: INTEGER, VARCHAR(128)).
func sqlTypeName(cell []byte) bool {
	name := cell
	if p := bytes.IndexByte(cell, '('); p > 0 && cell[len(cell)-1] == ')' && allDigits(cell[p+1:len(cell)-1]) {
		name = cell[:p]
	}
	switch string(name) {
	case "INTEGER", "BIGINT", "SMALLINT", "VARCHAR", "NVARCHAR", "CHAR", "UNIQUEIDENTIFIER", "DATETIME", "BOOLEAN":
		return true
	}
	return false
}

// fieldNameColumns and changeValueColumns are the columns of a change log: the field
// changed, and its old and new values (lower case).
var fieldNameColumns = map[string]bool{"fieldname": true, "field name": true, "field_name": true, "fname": true,
	"field": true, "changed field": true, "attribute": true, "attribute name": true, "property": true}

var changeValueColumns = map[string]bool{"oldvalue": true, "newvalue": true, "old value": true, "new value": true,
	"old_value": true, "new_value": true, "value_old": true, "value_new": true, "previous value": true,
	"original value": true, "old": true, "new": true, "before": true, "after": true, "value": true}

// sapFields are the categories of SAP's field names that change documents (CDPOS) and
// HR's audit log for a vendor's, a customer's or an employee's master data.
var sapFields = map[string]string{
	"KOINH": categories.Fullname, "NAME1": categories.Organization, "NAME2": categories.Organization,
	"NAME3": categories.Organization, "NAME4": categories.Organization, "VORNA": categories.Fullname,
	"NACHN": categories.Fullname, "ORT01": categories.Geo, "ORT02": categories.Geo, "PSTLZ": categories.Geo,
	"STRAS": categories.Geo, "TELF1": categories.Phone, "TELF2": categories.Phone, "TELFX": categories.Phone,
	"SMTP_ADDR": categories.Email, "STCD1": categories.NationalID, "STCD2": categories.NationalID,
	"BANKN": categories.Secret, "IBAN": categories.IBAN,
	// HR's infotypes (PA30): a person's names, ids and address (P0002-PERID, P0185-ICNUM)
	"RUFNM": categories.Fullname, "MIDNM": categories.Fullname, "NACH2": categories.Fullname,
	"GBORT": categories.Geo, "STIDN": categories.NationalID, "PERID": categories.NationalID,
	"SVNUM": categories.NationalID, "ICNUM": categories.NationalID, "USRID": loginOnlyValue,
	"TELNR": categories.Phone,
}

// changedFieldCategory names the category of a change log's values by the field's name:
// SAP's, or any the table of keys knows (mobile_phone, email, city, nationalId).
func (w *worker) changedFieldCategory(name []byte) string {
	name = bytes.Trim(name, `" `)
	if c, ok := sapFields[string(name)]; ok {
		return c
	}
	if c, ok := serviceNowFields[string(name)]; ok {
		return c
	}
	if c := w.e.rawKeys.lookupAssigned(name); c != "" {
		return c
	}
	return categoryBySuffix(name) // u_home_address, u_mobile_phone
}

// serviceNowFields are the reference fields of ServiceNow's tables whose audit values
// (sys_audit's oldvalue and newvalue) are a person's display name or a place.
var serviceNowFields = map[string]string{"caller_id": categories.Fullname, "assigned_to": categories.Fullname,
	"opened_by": categories.Fullname, "requested_for": categories.Fullname, "u_requested_for": categories.Fullname,
	"resolved_by": categories.Fullname, "closed_by": categories.Fullname, "manager": categories.Fullname,
	"location": categories.Geo}

// columnCell returns the bounds of the value in column col of a line of layout l.
func columnCell(s []byte, l *fieldLayout, col int) (int, int, bool) {
	start := 0
	for c := 0; start <= len(s); c++ {
		end := bytes.IndexByte(s[start:], l.sep)
		if l.quotes() && start < len(s) && s[start] == '"' {
			end = csvQuotedEnd(s, start, l.sep) - start
		}
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if c == col {
			from, to := start, end
			if l.quotes() && to-from >= 2 && s[from] == '"' && s[to-1] == '"' {
				from, to = from+1, to-1
			}
			return from, to, true
		}
		start = end + 1
	}
	return 0, 0, false
}

// listCategory reports the categories whose values hold no ", ": a cell with one is a
// list of them. (A name, an organisation or a place may hold one.)
func listCategory(cat string) bool {
	switch cat {
	case categories.Fullname, categories.Organization, categories.Geo, categories.Path, categories.URL, categories.Secret:
		return false
	}
	return true
}

// scanHeader scans a CSV header line: the names of columns it knows (user.name,
// host.name, src_ip) are column names, not values, and stay; any other name is scanned
// as text.
func (w *worker) scanHeader(s []byte, l *fieldLayout, base int) {
	start := 0
	for col := 0; start <= len(s); col++ {
		end := bytes.IndexByte(s[start:], ',')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if (col >= len(l.categories) || l.categories[col] == "") && end > start && !columnWords(s[start:end]) {
			w.scanFrom(s[:end], start, modePlain, ',', base)
		}
		start = end + 1
	}
}

// columnWords reports whether a header cell is a column's name in words (User type,
// Date (UTC)), with nothing a value could be: read as text, "User type" would be the
// phrase "user X".
func columnWords(cell []byte) bool {
	words := 1
	for _, c := range cell {
		switch {
		case c == ' ':
			words++
		case isLetter(c) || c == '(' || c == ')' || c == '"':
		default:
			return false
		}
	}
	return words <= 6
}

// csvHeaderSep returns the separator of a CSV header, ',' or ';' (a European
// spreadsheet's export: Müşteri No;Ad Soyad;...), or 0 when line is none: two or more
// names, each a letter or '_' and then letters, digits, '_', '.', '-', blanks,
// parentheses or '/' (Entra's "Date (UTC)"), quoted or not.
// A log line fails it within a few bytes (a timestamp's ':', a '=', a '[').
func csvHeaderSep(line []byte) byte {
	if len(line) < 3 || len(line) > 4096 {
		return 0
	}
	sep := byte(',')
	if bytes.IndexByte(line, ',') < 0 {
		switch {
		case bytes.Count(line, []byte{';'}) >= 2:
			sep = ';'
		case bytes.Count(line, []byte{'\t'}) >= 2:
			sep = '\t' // a tab-separated export (an HR roster, a badge system's)
		case bytes.Count(line, []byte{'|'}) >= 2:
			sep = '|' // a parsable export: Slurm's sacct -P, JobID|JobName|User|...
		default:
			return 0
		}
	}
	fieldStart := true
	for _, c := range line {
		switch {
		case c == sep:
			if fieldStart {
				return 0 // an empty name
			}
			fieldStart = true
		case c == '"' || c == ' ':
		case fieldStart:
			if !isLetter(c) && c != '_' && c != '@' && c < 0x80 {
				return 0 // (@timestamp: an Elastic or a GitHub audit export's first column)
			}
			fieldStart = false
		case isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/' || c >= 0x80, // (names in any script: 성명, 휴대폰)
			c == '[' || c == ']' || c == '\'', // Hora generada [UTC], Nom complet de l'utilisateur
			c == '#',                          // Oracle's SERIAL#
			c == '?' || c == '!':              // a survey's questions as its export's columns (SurveyMonkey)
		default:
			return 0
		}
	}
	if fieldStart {
		return 0
	}
	return sep
}

// pipeTableHeader reports a line of column names between '|' (three or more), each of
// words: letters, digits, blanks and . _ - / ( ) #. A row of values fails it by a
// timestamp's ':' or an address's dots within a few bytes... or is taken for a header
// only when it names a column the table of keys knows.
func pipeTableHeader(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	if len(t) < 8 || len(t) > 4096 || bytes.Count(t, []byte{'|'}) < 3 {
		return false
	}
	if t[0] != '|' && bytes.Index(t, []byte(" | ")) < 0 {
		return false // psql's header has no leading bar: " id | name | email"
	}
	letters := 0
	for _, c := range t {
		switch {
		case isLetter(c) || c >= 0x80:
			letters++
		case isDigit(c) || c == ' ' || c == '|' || c == '.' || c == '_' || c == '-' || c == '/' || c == '(' || c == ')' || c == '#':
		default:
			return false
		}
	}
	return letters >= 6
}

// csvFields counts the fields of a CSV line, separators inside double quotes not
// separating.
func csvFields(line []byte, sep byte) int {
	n, quoted := 1, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted // "" inside a quoted field toggles twice
		case c == sep && !quoted:
			n++
		}
	}
	return n
}

// csvQuotedEnd returns the end of the quoted CSV field that starts at s[start]: the
// index of the separator after its closing quote, or len(s).
func csvQuotedEnd(s []byte, start int, sep byte) int {
	k := start + 1
	for k < len(s) {
		if s[k] == '"' {
			if k+1 < len(s) && s[k+1] == '"' {
				k += 2 // an escaped quote
				continue
			}
			k++
			break
		}
		k++
	}
	for k < len(s) && s[k] != sep {
		k++
	}
	return k
}

// noteColumns are the names of a CSV export's column of notes in words, lower case.
var noteColumns = map[string]bool{"bemerkung": true, "bemerkungen": true, "kommentar": true, "notiz": true,
	"comment": true, "comments": true, "note": true, "notes": true, "remark": true, "remarks": true,
	"opmerking": true, "opmerkingen": true, "commentaire": true, "commentaires": true, "observaciones": true,
	"observación": true, "note_libre": true, "uwagi": true, "uwaga": true, "anmärkning": true, "kommentti": true,
	"alert_note": true, "notas": true, "nota": true, "osservazioni": true}
