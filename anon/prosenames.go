package anon

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/siemanon/siemanon/categories"
)

// Personal names in prose ("Ticket updated by Anna Kowalska", "Patient John Smith
// admitted") have no key and often no telling phrase. A name is taken where a
// capitalized listed given name (categories.IsGivenName; not one that is also a word of
// software or English: notGivenNames) is followed by one or two capitalized words that
// are not common words of logs (notNameWords), an initial allowed between: John A. Smith,
// Maria José Fernández, Olufunke Adebayo-Williams, Seán O'Brien.

// notNameWords are capitalized words that follow a given name in logs without being a
// surname: "Jordan Network", "Victoria Island", "Paris Office", "Julia Language". Lower
// case.
var notNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or of in on at to for from by with as is was
		be are has have had not no yes all any new old this that these those it its his her
		their our your my we you he she they i me him them who what which when where why how
		mr mrs ms dr prof sir
		tel tlf fax mob mobil telefon phone
		anacron cron crond logwatch jenkins gitlab nagios icinga zabbix grafana daemon mailer postmaster
		account accounts access admin administrator administrators agent alert alerts api app
		application approved assigned attempt audit auth authentication authorized backup bank
		blocked branch building campus center centre changed check city client cloud cluster
		company computer connection console contact control corp corporation county created
		data database db deleted department desk desktop device disabled domain drive east
		edition enabled enterprise error event events exchange failed failure file files
		firewall folder gateway group groups hall hospital host house inc island lab labs
		laptop level library limited llc local logged login logon logoff ltd mail manager
		member message mobile mode module monitor mountain network node north office online
		park password phone plan platform point policy portal printer private profile project
		public query queue read record region registry remote report request reset resource
		response road role room router rule school security server service services session
		settings share site south square station status storage store street studio success
		succeeded support switch system systems table task team test tenant time token tower
		update updated user users valley vault version view village wall warning web west
		wing work worker workstation zone street avenue lane drive way university college
		airport harbour harbor river lake beach bay hills heights gardens garden square market
		international global group holdings partners solutions technologies technology
		foundation institute clinic pharmacy finance payroll sales marketing legal operations
		engineering research development production staging edge core internal external
		guest guests default enterprises trading industries consulting ventures capital
		logistics freight electronics motors media energy health care medical associates
		brothers sons co patient patients customer customers employee student teacher
		doctor nurse physician contact beneficiary payee payer applicant candidate visitor
		owner supervisor operator caller agent teller cashier driver tenant resident
		daughter son wife husband mother father parent guardian spouse partner sister brother
		child friend relative neighbour neighbor contractor intern vendor consultant
		match matched matches ticket tickets hit hits detection detections signature
		signatures sample samples scan scanner sensor campaign family loader stealer
		ransomware trojan backdoor botnet dropper payload exploit beacon implant macro
		pipeline package release build image container commit
		rcpt helo ehlo vrfy expn`) {
		m[w] = true
	}
	return m
}()

// proseNameEnd returns the end of a personal name that starts with the capitalized word
// s[i:j] (a given name), or i when none does.
func proseNameEnd(s []byte, i, j int) int {
	if j-i < 3 || j-i > 40 || j+1 >= len(s) || !(s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0x80) &&
		!(s[j+1] >= 'a' && s[j+1] <= 'z' && particlesEnd(s, j+1) > j+1) && !(s[j+1] == '(' && j+2 < len(s) && s[j+2] >= 'A' && s[j+2] <= 'Z') {
		return i // no capitalized word after it: most capitalized words turn away here
	}
	upper := false
	if nameWordEnd(s, i) != j {
		// In upper case, both words: KRZYSZTOF ZIELINSKI.
		if upperWordEnd(s, i) != j || j+1 >= len(s) || upperWordEnd(s, j+1) == j+1 {
			return i
		}
		upper = true
		if nameContextBefore(s, i) && !givenFirst(s[i:j]) {
			// A patient's name as Italian and French labs write it, surname first, in
			// capitals: paziente FERRARI GIULIA (CF ...).
			if e := upperWordEnd(s, j+1); e > j+1 && categories.IsGivenName(s[j+1:e]) && nameEndsAt(s, e) && !inLower(notNameWords, s[i:j]) {
				return e
			}
		}
	}
	if bytes.IndexByte(s[i:j], '\'') >= 0 || bytes.IndexByte(s[i:j], '-') >= 0 && !hyphenatedGivenName(s[i:j]) ||
		bytes.IndexByte(s[i:j], '-') < 0 && !givenFirst(s[i:j]) && !(categories.IsGivenName(s[i:j]) && nameContextBefore(s, i)) {
		return i // (a given name that is also a word, Grace or Will, only where a name is expected)
	}
	if upper {
		e := upperWordEnd(s, j+1)
		if inLower(notNameWords, s[j+1:e]) || isLogLevel(s[j+1:e]) || isMonth(s[j+1:e]) {
			return i
		}
		return e
	}
	end := j
	words := 0
	for words < 3 && end+2 < len(s) && s[end] == ' ' {
		k := end + 1
		if s[k] >= 'A' && s[k] <= 'Z' && k+2 < len(s) && s[k+1] == '.' && s[k+2] == ' ' && words == 0 {
			end = k + 2 // an initial: John A. Smith
			continue
		}
		if s[k] == '(' && words == 0 && k+1 < len(s) {
			// A name called by: Michael (Mick) Quinn, Wilhelmina (Mien) Dekker.
			if e := nameWordEnd(s, k+1); e > k+2 && e+2 < len(s) && s[e] == ')' && s[e+1] == ' ' && startsNameWord(s, e+2) && categories.IsGivenName(s[k+1:e]) {
				end = e + 1
				continue
			}
		}
		if p := particlesEnd(s, k); p > k {
			// Sanne de Vries, Pieter van den Berg, Ana da Silva: the particles go with
			// the surname after them.
			e := nameWordEnd(s, p)
			if e == p || inLower(notNameWords, s[p:e]) {
				break
			}
			end, words = e, words+1
			continue // a second surname may follow: Maria da Silva Santos
		}
		e := nameWordEnd(s, k)
		if e == k && words == 0 {
			// A surname in capitals after the given name, as French and Italian
			// administrations write it: Olivier DUPONT, Nathalie DUPONT-BERNARD.
			if u := upperWordEnd(s, k); u > k && capitalSurname(s[k:u]) && nameEndsAt(s, u) {
				end, words = u, 1
				break
			}
		}
		if e == k || e < len(s) && s[e] == '=' {
			break // (Mitarbeiter=Melanie Ostrowski Recht=04: the next key)
		}
		w := s[k:e]
		if inLower(notNameWords, w) || isLogLevel(w) || isMonth(w) {
			break
		}
		end = e
		words++
		if !givenFirst(w) && words >= 1 && (e >= len(s) || s[e] != ' ' || !startsNameWord(s, e+1)) {
			break // a surname that no other name word follows
		}
	}
	if words == 0 && end == j && j+2 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' && s[j+2] == '.' && givenFirst(s[i:j]) &&
		(j+3 == len(s) || s[j+3] == '"' || s[j+3] == '<' || s[j+3] == ',' || s[j+3] == ';' || s[j+3] == ')') {
		return j + 3 // a reviewer's or a forum's name, the surname cut to its initial: "Jürgen W."
	}
	if words == 0 || end > 0 && s[end-1] == '.' {
		return i
	}
	return end
}

// surnameParticles are the lower case words a surname may start with (van den Berg, de
// Vries, da Silva, von Trapp, al Farsi, the Welsh ap Rhys).
var surnameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true,
	"den": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "das": true,
	"do": true, "du": true, "le": true, "la": true, "ter": true, "ten": true, "zu": true,
	"al": true, "el": true, "bin": true, "ibn": true, "af": true, "av": true, "ap": true}

// secondParticles are particles only after another (de la Cruz, de los Santos): alone
// they are as often words of prose (la Wifi).
var secondParticles = map[string]bool{"la": true, "le": true, "el": true, "do": true, "der": true, "den": true}

// capitalParticles are the particles that also start a surname capitalized, as Belgian,
// Italian and French names and Dutch names without a given name before them write them
// (Van der Linden, De Luca, La Fontaine); not Der, Den or El, words of other languages'
// prose.
var capitalParticles = map[string]bool{"Van": true, "Von": true, "De": true, "Del": true,
	"Della": true, "Di": true, "Da": true, "Dos": true, "Das": true, "Du": true, "Le": true,
	"La": true, "Ter": true, "Ten": true}

// particlesEnd returns where the name word after one to three surname particles starting
// at s[k] begins (de Vries, van den Berg, Van der Linden), or k.
func particlesEnd(s []byte, k int) int {
	p := k
	for n := 0; n < 3; n++ {
		e := p
		if n == 0 && e < len(s) && s[e] >= 'A' && s[e] <= 'Z' {
			e++
		}
		for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
			e++
		}
		if e == p || e-p > 5 || e+1 >= len(s) || s[e] != ' ' ||
			!(surnameParticles[string(s[p:e])] || n == 0 && capitalParticles[string(s[p:e])]) ||
			n == 0 && secondParticles[string(s[p:e])] && !(string(s[p:e]) == "el" && givenNameBefore(s, k)) {
			break // (Fatima el Amrani: "el" starts a surname after a first name)
		}
		p = e + 1
		if s[p] >= 'A' && s[p] <= 'Z' || s[p] >= 0x80 {
			return p
		}
	}
	return k
}

// givenNameBefore reports whether a listed first name, capitalized, ends at the blank
// before s[k].
func givenNameBefore(s []byte, k int) bool {
	if k < 3 || s[k-1] != ' ' {
		return false
	}
	b := k - 1
	for b > 0 && (isLetter(s[b-1]) || s[b-1] >= 0x80) {
		b--
	}
	return b < k-2 && s[b] >= 'A' && s[b] <= 'Z' && categories.IsGivenName(s[b:k-1])
}

// nameContextWords are the words after which a person's name is expected, lower case:
// a given name that is also a word (Grace, Mark, Jan) starts a name after them. Not "by",
// "for" or "from": "waiting for Max Retries", "from June Release".
var nameContextWords = map[string]bool{"contact": true, "caller": true, "patient": true,
	"customer": true, "employee": true, "thanks": true, "regards": true, "dear": true,
	"hi": true, "hello": true, "cc": true, "attn": true, "przez": true, "dla": true,
	"herr": true, "frau": true, "monsieur": true, "madame": true, "pan": true, "pani": true,
	"ansprechpartner": true, "ansprechpartnerin": true, "mandant": true, "mandantin": true,
	"contactpersoon": true, "klient": true, "klientin": true,
	// roles a person is named by in incident notes (contact supervisor Wiremu Tane,
	// reunited with parent Jasmine Tran)
	"supervisor": true, "parent": true, "guardian": true, "steward": true, "manager": true, "officer": true,
	// a voter, as election offices' notes name one (Kiezer R.J. van den Berg verwezen)
	"voter": true, "kiezer": true, "wähler": true, "wählerin": true, "électeur": true, "électrice": true,
	"elector": true, "eleitor": true, "eleitora": true, "wyborca": true, "väljare": true,
	// "patient" in the languages of Europe
	"paziente": true, "assistito": true, "assistita": true, "patiente": true, "paciente": true, "pacjent": true, "pacjentka": true, "patiënt": true, "patientin": true,
	// "name" in the languages of Europe: navn Ole Bjørnstad, namn, nimi, naam, nom, nombre
	"name": true, "navn": true, "namn": true, "nimi": true, "naam": true, "nom": true, "nombre": true, "nome": true}

// nameContextBefore reports whether the word before s[i] (a blank, or ", " after it)
// expects a name.
func nameContextBefore(s []byte, i int) bool {
	k := i - 1
	if k < 1 || s[k] != ' ' {
		return false
	}
	if s[k-1] == ',' || s[k-1] == ':' {
		k-- // Contact: Jan Jansen
	}
	e := k
	for k > 0 && (isLetter(s[k-1]) || s[k-1] >= 0x80) {
		k--
	}
	if e-k < 2 || e-k > 17 || k > 0 && isAlnum(s[k-1]) {
		return false
	}
	if e-k == 2 && equalFold(s[k:e], "by") && k >= 2 && s[k-1] == ' ' {
		v := k - 1
		for v > 0 && isLetter(s[v-1]) {
			v--
		}
		return inLower(agentVerbs, s[v:k-1]) // approved by Jan Smit: who did it
	}
	return inLower(nameContextWords, s[k:e])
}

// agentVerbs are the past participles whose agent ("approved by X") is a person, not a
// cause ("caused by Max Retries").
// germanAgentParticiples are German past participles of doing something to a record,
// lower case, after which "von" names who did it.
// frenchAgentParticiples are French participles of doing, after which "par" names who
// did it (acquittée par mbonnaud), in their four forms where they differ.
var frenchAgentParticiples = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`acquitté créé modifié supprimé validé annulé approuvé refusé traité clôturé
	signé enregistré affecté assigné désactivé activé réinitialisé déverrouillé verrouillé bloqué débloqué
	consulté exporté imprimé ouvert fermé effectué demandé accepté rejeté`) {
		for _, end := range []string{"", "e", "s", "es"} {
			m[w+end] = true
		}
	}
	return m
}()

var germanAgentParticiples = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`gestartet beendet erstellt angelegt geändert geaendert gelöscht geloescht
	freigegeben genehmigt abgelehnt bestätigt bestaetigt quittiert storniert gebucht gesperrt entsperrt
	zurückgesetzt zurueckgesetzt unterschrieben signiert geprüft geprueft bearbeitet abgeschlossen
	gemeldet eröffnet eroeffnet zugewiesen übernommen uebernommen angemeldet abgemeldet`) {
		m[w] = true
	}
	return m
}()

var agentVerbs = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`approved signed countersigned requested submitted reviewed
	authorized authorised initiated performed rejected escalated entered edited assigned
	acknowledged issued verified checked accepted witnessed delegated invited granted
	revoked reported raised opened reopened closed resolved prescribed dispensed
	administered referred admitted discharged booked cancelled canceled validated
	released unlocked locked reset scanned picked packed received
	escaneado creado modificado aprobado registrado recibido validado eliminado
	scanné créé modifié validé approuvé reçu gescannt erstellt geändert genehmigt gebucht
	gescand aangemaakt gewijzigd goedgekeurd ontvangen scansionato creato modificato approvato
	criado alterado aprovado recebido zeskanowany utworzony zatwierdzony przyjęty`) {
		m[w] = true
	}
	return m
}()

// hyphenatedGivenName reports whether w is a given name of two joined by a hyphen, both
// capitalized and listed: Anna-Lena, Jean-Pierre, Kerry-Ann.
func hyphenatedGivenName(w []byte) bool {
	h := bytes.IndexByte(w, '-')
	if h < 2 || h > len(w)-3 || bytes.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	a, b := w[:h], w[h+1:]
	return nameWordEnd(a, 0) == len(a) && nameWordEnd(b, 0) == len(b) &&
		(givenFirst(a) && categories.IsGivenName(b) || categories.IsGivenName(a) && givenFirst(b)) // (Hans-Peter: hans is a word too)
}

// givenPair reports two given names joined by a hyphen, in any case (MARIE-CLAIRE,
// Jean-Luc).
func givenPair(w []byte) bool {
	h := bytes.IndexByte(w, '-')
	return h >= 2 && h <= len(w)-3 && bytes.IndexByte(w[h+1:], '-') < 0 &&
		categories.IsGivenName(w[:h]) && categories.IsGivenName(w[h+1:])
}

// nameWordEnd returns the end of a capitalized name word at s[k] (Smith, Fernández,
// Adebayo-Williams, O'Brien): an upper case letter, then lower case letters (any script),
// with one hyphen or apostrophe between letters; or k when there is none.
func nameWordEnd(s []byte, k int) int {
	r, size := utf8.DecodeRune(s[k:])
	if !unicode.IsUpper(r) {
		return k
	}
	e := k + size
	letters, joins := 1, 0
	for e < len(s) {
		r, size = utf8.DecodeRune(s[e:])
		switch {
		case unicode.IsLower(r):
			letters++
		case (r == '-' || r == '\'') && joins == 0 && e+size < len(s):
			next, _ := utf8.DecodeRune(s[e+size:])
			if !unicode.IsLetter(next) || r == '\'' && next == 's' && (e+size+1 == len(s) || !isLetter(s[e+size+1])) {
				return endOrNone(s, k, e, letters) // Smith's: the name ends before 's
			}
			joins++
		case unicode.IsUpper(r) && e > k && (s[e-1] == '-' || s[e-1] == '\'' || e-k == 2 && (s[k] == 'M' || s[k] == 'O') || surnamePrefixBefore(s[k:e])):
			// Adebayo-Williams, O'Brien, McDonald, MacLeod, DiMaggio, LeBlanc
			letters++
		default:
			return endOrNone(s, k, e, letters)
		}
		e += size
	}
	return endOrNone(s, k, e, letters)
}

// surnamePrefixBefore reports whether p is a surname's prefix that a capital follows
// (MacLeod, DeLuca, DiMaggio, DuBois, LaRue, LeBlanc, DaSilva).
func surnamePrefixBefore(p []byte) bool {
	switch string(p) {
	case "Mac", "De", "Di", "Du", "Da", "La", "Le":
		return true
	}
	return false
}

func endOrNone(s []byte, k, e, letters int) int {
	if letters < 2 {
		return k
	}
	if e < len(s) {
		if r, _ := utf8.DecodeRune(s[e:]); unicode.IsLetter(r) || unicode.IsDigit(r) || s[e] == '_' || s[e] == '@' || s[e] == '=' ||
			s[e] == '.' && e+1 < len(s) && s[e+1] != ' ' && s[e+1] != ']' && s[e+1] != ')' && s[e+1] != '"' && !documentExtensionAt(s, e) {
			return k // part of a longer word, an address, a dotted name or a key (NAME=HUBER ELISABETH SVNR=...); a sentence's stop before a bracket ends it
		}
	}
	return e
}

// documentExtensions are the extensions of files named after a person (a CV, a scan of a
// passport, a sick note: "CV Marta Nowak.pdf"): a name word may end before one.
var documentExtensions = []string{"pdf", "docx", "doc", "odt", "rtf", "txt", "xlsx", "xls", "ods",
	"pptx", "jpg", "jpeg", "png", "heic", "tif", "tiff", "msg", "eml", "zip", "vcf"}

// documentExtensionAt reports whether s[e] is the '.' of a document's extension that ends
// the word.
func documentExtensionAt(s []byte, e int) bool {
	for _, ext := range documentExtensions {
		if end := e + 1 + len(ext); end <= len(s) && equalFold(s[e+1:end], ext) && (end == len(s) || !isAlnum(s[end]) && s[end] != '.' && s[end] != '_') {
			return true
		}
	}
	return false
}

// startsNameWord reports whether a capitalized word that is not a common word starts at
// s[k].
func startsNameWord(s []byte, k int) bool {
	e := nameWordEnd(s, k)
	return e > k && !inLower(notNameWords, s[k:e])
}

// learnedWord reports whether word is a value learned alone; known is mayBeLearned's
// answer for it.
func (w *worker) learnedWord(word []byte, known bool) bool {
	if !known {
		return false
	}
	_, ok := w.learnedToken(word)
	return ok
}

// Cities in prose: a listed city (one to three capitalized words: Lagos, Sao Paulo) where
// the words around say it is a place: after in, from, at, near, to, via or '(' ("login
// from Lagos", "(Krakow, Poland)"), or before a country ("Krakow, Poland", "Lagos, NG")
// or an office's word ("Lagos Office", "Warsaw HQ"). A following country is rewritten
// too. Cities that are also words or given names stay in prose (notCityWords).

// notCityWords are listed cities spelled as English words or given names: "in Reading",
// "from Mobile", "to Austin" say nothing sure. Lower case.
var notCityWords = map[string]bool{"nice": true, "reading": true, "mobile": true, "split": true,
	"bath": true, "phoenix": true, "aurora": true, "columbus": true, "lincoln": true, "jackson": true,
	"madison": true, "buffalo": true, "garland": true, "plano": true, "salem": true, "reno": true,
	"irvine": true, "florence": true, "austin": true, "dallas": true, "victoria": true}

// placeBefore are the words after which a city is a place (in English, German, Dutch,
// French and Spanish).
var placeBefore = map[string]bool{"in": true, "from": true, "at": true, "near": true, "to": true, "via": true,
	"nach": true, "aus": true, "naar": true, "uit": true, "vers": true, "depuis": true, "desde": true, "hacia": true}

// siteSuffixes end a site's or a network's name after its city's (Bremen-HQ, Valencia-LAN,
// Rotterdam-Kantoor), lower case.
var siteSuffixes = map[string]bool{"hq": true, "lan": true, "wan": true, "wlan": true, "dc": true,
	"kantoor": true, "buero": true, "büro": true, "standort": true, "filiale": true, "sede": true,
	"oficina": true, "ufficio": true, "bureau": true, "kontor": true, "biuro": true, "hub": true}

// placeAfter are the words after which a city names an office: "Lagos Office".
var placeAfter = map[string]bool{"office": true, "hq": true, "branch": true, "campus": true, "site": true, "plant": true}

// cityPhrase returns the end of a listed city that starts with the capitalized word
// s[i:j] and the span of a country after it (cEnd == cStart when none), or end == i.
func (w *worker) cityPhrase(s []byte, i, j int, prev1 span) (end, cStart, cEnd int) {
	if !w.e.cats.on(categories.Geo) || i > 0 && s[i-1] == '(' && cloudRegionBefore(s, i-1) {
		return i, 0, 0
	}
	if i >= 14 && s[i-1] == ' ' && birthDateBefore(s, i-1) {
		// A place of birth or death after its date, listed or not: "née le 14/03/1987 à
		// Lyon", "décédé le 21/11/2025 à Villeurbanne", "(geb. 03.09.1988, Hanoi)".
		end = i
		for e, words := i, 0; words < 3; words++ {
			f := nameWordEnd(s, e)
			if f == e || inFolded(notNameWords, s[e:f]) {
				break
			}
			end = f
			if f+1 >= len(s) || s[f] != ' ' {
				break
			}
			e = f + 1
		}
		if end > i {
			return end, 0, 0
		}
	}
	// What is around must say place before a city is looked up: a word before it, or
	// after its words ", " or an office's word.
	before := i > 0 && s[i-1] == '(' || prev1.end > prev1.start && prev1.end <= i && i-prev1.end <= 2 &&
		prev1.end-prev1.start <= 4 && prev1.end-prev1.start >= 2 && inLower(placeBefore, s[prev1.start:prev1.end])
	if !before && !placeMayFollow(s, j) {
		return i, 0, 0
	}
	// The longest listed city of one to three words.
	end = i
	e := j
	for words := 1; words <= 3; words++ {
		if w.geo.IsCity(s[i:e]) && !inLower(notCityWords, s[i:e]) {
			end = e
		}
		if e+2 >= len(s) || s[e] != ' ' {
			break
		}
		next := nameWordEnd(s, e+1)
		if next == e+1 {
			break
		}
		e = next
	}
	if end == i {
		return i, 0, 0
	}
	// A country after it: ", Poland", ", NG".
	if end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' {
		k := end + 2
		c := k
		for c < len(s) && (isLetter(s[c]) || s[c] == ' ' && c+1 < len(s) && s[c+1] >= 'A' && s[c+1] <= 'Z') && c-k < 40 {
			c++
		}
		for c > k && s[c-1] == ' ' {
			c--
		}
		if c > k && w.geo.IsCountry(s[k:c]) {
			return end, k, c
		}
	}
	if before || end < len(s) && s[end] == '-' && placeMayFollow(s, end) {
		return end, 0, 0 // (also a site named for it: Bremen-HQ)
	}
	if end+1 < len(s) && s[end] == ' ' {
		k := end + 1
		a := k
		for a < len(s) && isLetter(s[a]) {
			a++
		}
		if inLower(placeAfter, s[k:a]) {
			return end, 0, 0
		}
	}
	return i, 0, 0
}

// cloudRegionNames end the names AWS gives its regions before the city in parentheses:
// "Europe (Frankfurt)", "Asia Pacific (Tokyo)", "US East (N. Virginia)".
var cloudRegionNames = [...]string{"Europe", "Asia Pacific", "US East", "US West", "Canada", "Canada West",
	"South America", "Middle East", "Africa", "Israel", "Mexico", "AWS GovCloud (US-East)", "China"}

// cloudRegionBefore reports whether a cloud region's name ends before the '(' at s[open]:
// the city in the parentheses names a data centre, no one's whereabouts.
func cloudRegionBefore(s []byte, open int) bool {
	if open < 1 || s[open-1] != ' ' {
		return false
	}
	for _, name := range cloudRegionNames {
		if k := open - 1 - len(name); k >= 0 && string(s[k:open-1]) == name && (k == 0 || !isLetter(s[k-1])) {
			return true
		}
	}
	return false
}

// cloudRegionCode reports a cloud provider's region code: lower case words and a number
// joined by '-' (AWS eu-central-1, GCP europe-west3; Azure's westeurope is a word and a
// city's look-up keeps it), or two or three letters and a digit (Twilio's ie1).
func cloudRegionCode(v []byte) bool {
	if n := len(v); n >= 3 && n <= 4 && isDigit(v[n-1]) && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z' && (n == 3 || v[2] >= 'a' && v[2] <= 'z') {
		return true // Twilio's and others' short region codes: ie1, us1, au1
	}
	dash := bytes.IndexByte(v, '-')
	if dash < 2 || len(v) > 32 || !isDigit(v[len(v)-1]) || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '-') {
			return false
		}
	}
	return true
}

// cityValue rewrites a city found in prose, and the country after it.
func (w *worker) cityValue(s []byte, i, end, cStart, cEnd, base int) {
	w.where = wherePhrase
	w.shapeFound = true
	w.contextValue(categories.Geo, s, i, end, base)
	if cEnd > cStart {
		w.contextValue(categories.Geo, s, cStart, cEnd, base)
	}
	w.shapeFound = false
}

// birthDateBefore reports whether the text that ends at s[k] (a blank) is a date of birth
// or death and the word that leads to its place: "le 14/03/1987 à", "(geb. 03.09.1988,".
func birthDateBefore(s []byte, k int) bool {
	if s[k-1] == ',' {
		k-- // German: (geb. 03.09.1988, Hanoi)
		if k < 16 || !dateShapedAt(s, k-10) || string(s[k-16:k-10]) != "(geb. " {
			return false
		}
		return true
	}
	if k < 16 || s[k-2] != 0xC3 || s[k-1] != 0xA0 || s[k-3] != ' ' { // "à"
		return false
	}
	d := k - 13 // the date's first digit: dd/mm/yyyy
	return dateShapedAt(s, d) && s[d-1] == ' ' && hasPrefixAt(s, d-3, "le ")
}

// dateShapedAt reports a date written dd/mm/yyyy or dd.mm.yyyy at s[k].
func dateShapedAt(s []byte, k int) bool {
	if k < 0 || k+10 > len(s) {
		return false
	}
	sep := s[k+2]
	if sep != '/' && sep != '.' || s[k+5] != sep {
		return false
	}
	for _, p := range [...]int{0, 1, 3, 4, 6, 7, 8, 9} {
		if !isDigit(s[k+p]) {
			return false
		}
	}
	return true
}

// placeMayFollow reports whether, after one of the (up to three) capitalized words that
// start at the word ending at s[j], a ", " or an office's word follows: the city's
// context, tested before any city is looked up.
func placeMayFollow(s []byte, j int) bool {
	if j+2 < len(s) && s[j] == '-' {
		// A site named for its city, as Active Directory's sites and networks are:
		// Bremen-HQ, Rotterdam-Kantoor, Valencia-LAN.
		a := j + 1
		for a < len(s) && isLetter(s[a]) && a-j <= 14 {
			a++
		}
		return a > j+2 && (a == len(s) || !isAlnum(s[a]) && s[a] != '-' && s[a] != '.') && (inLower(placeAfter, s[j+1:a]) || inLower(siteSuffixes, s[j+1:a]))
	}
	e := j
	for words := 1; words <= 3; words++ {
		if e+2 >= len(s) {
			return false
		}
		if s[e] == ',' {
			return s[e+1] == ' '
		}
		if s[e] != ' ' {
			return false
		}
		c := s[e+1]
		if c >= 'a' && c <= 'z' {
			// Only an office's word in lower case: office, branch, campus, site, plant.
			if c != 'o' && c != 'b' && c != 'c' && c != 's' && c != 'p' {
				return false
			}
			a := e + 1
			for a < len(s) && isLetter(s[a]) && a-e <= 7 {
				a++
			}
			n := a - e - 1
			return (n == 4 || n == 5 || n == 6) && inLower(placeAfter, s[e+1:a])
		}
		if c < 'A' || c > 'Z' {
			return false
		}
		a := e + 1
		for a < len(s) && isLetter(s[a]) {
			a++
		}
		if a-e-1 <= 6 && inLower(placeAfter, s[e+1:a]) {
			return true // Lagos Office, Warsaw HQ
		}
		next := nameWordEnd(s, e+1)
		if next == e+1 {
			return false
		}
		e = next
	}
	return false
}

// inLower looks b up in m in lower case (ASCII letters folded). The key is built on the
// stack and the m[string(...)] form does not allocate, so a miss costs no garbage; words
// longer than any listed word miss.
func inLower[V any](m map[string]V, b []byte) V {
	var buf [48]byte
	if len(b) > len(buf) {
		var zero V
		return zero
	}
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return m[string(buf[:len(b)])]
}

// capitalSurname reports a word in capitals that may be a surname written so (DUPONT,
// LEROY, DUPONT-BERNARD): four letters or more with a vowel, not a word that names no
// one, a log level, a month or a protocol's or format's acronym.
func capitalSurname(w []byte) bool {
	if len(w) < 4 || techAcronyms[string(w)] || inLower(notNameWords, w) || isLogLevel(w) || isMonth(w) || isStopword(w) {
		return false
	}
	for _, c := range w {
		switch c {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			return true
		}
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// capitalSurnameGivenEnd returns the end of a name written surname first in capitals and
// then a listed given name (DUPONT Olivier, GIRAUD Bernard) that starts at s[i], the
// surname ending at s[j]; or i.
func capitalSurnameGivenEnd(s []byte, i, j int) int {
	if upperWordEnd(s, i) != j || !capitalSurname(s[i:j]) || j+3 >= len(s) {
		return i
	}
	e := nameWordEnd(s, j+1)
	if e == j+1 || !givenFirst(s[j+1:e]) || !nameEndsAt(s, e) {
		return i
	}
	if e+1 < len(s) && s[e] == ' ' && nameWordEnd(s, e+1) > e+1 {
		return i // a label in capitals, then a name given first: APPROVER Hélène Faure
	}
	return e
}

// keyedSurnameGivenEnd returns the end of a name written surname first and then a listed
// given name, both in capitals or both capitalized, that starts at s[i] as the value of a
// name's key (a post office counter's NAME=HUBER ELISABETH, name="Huber Elisabeth"), the
// surname ending at s[j]; or i. Elsewhere two such words are as often a heading and a word.
func keyedSurnameGivenEnd(s []byte, i, j int) int {
	if j+3 >= len(s) || s[j] != ' ' || !nameKeyBefore(s, i) {
		return i
	}
	upper := upperWordEnd(s, i) == j
	if upper && !capitalSurname(s[i:j]) || !upper && (nameWordEnd(s, i) != j || j-i < 3 || inLower(notNameWords, s[i:j])) {
		return i
	}
	e := nameWordEnd(s, j+1)
	if upper {
		e = upperWordEnd(s, j+1)
	}
	if e == j+1 || !givenFirst(s[j+1:e]) || !nameEndsAt(s, e) {
		return i
	}
	return e
}

// nameKeyBefore reports whether s[i] starts the value of a key that ends in "name" (NAME=,
// name=", Name: ).
func nameKeyBefore(s []byte, i int) bool {
	k := i
	if k > 0 && s[k-1] == '"' {
		k--
	}
	switch {
	case k > 0 && s[k-1] == '=':
		k--
	case k > 1 && s[k-1] == ' ' && s[k-2] == ':':
		k -= 2
	default:
		return false
	}
	return k >= 4 && equalFold(s[k-4:k], "name")
}

// nameEndsAt reports whether a name may end at s[e]: at the end, or before a blank,
// punctuation or a quote, not before a key's '=' or ':' (Zbigniew PESEL=...).
func nameEndsAt(s []byte, e int) bool {
	if e == len(s) {
		return true
	}
	switch s[e] {
	case ',', ';', ')', '"', '\'', '.', '|':
		return true
	case ' ':
		return !hasPrefixAt(s, e, " =") && !hasPrefixAt(s, e, " :")
	}
	return false
}

// upperWordEnd returns the end of an all upper case name word at s[k] (OYELARAN,
// ZIELIŃSKI, ADEBAYO-WILLIAMS), of two letters or more, or k.
func upperWordEnd(s []byte, k int) int {
	e := k
	letters := 0
	for e < len(s) {
		r, size := utf8.DecodeRune(s[e:])
		switch {
		case unicode.IsUpper(r):
			letters++
		case (r == '-' || r == '\'') && letters > 0 && e+size < len(s) && s[e+size] >= 'A' && s[e+size] <= 'Z':
		default:
			return endOrNone(s, k, e, letters)
		}
		e += size
	}
	return endOrNone(s, k, e, letters)
}

// anyNameWordEnd returns the end of a name word at s[k] written Capitalized or in upper
// case, and whether it was upper case; k when there is none.
func anyNameWordEnd(s []byte, k int) (int, bool) {
	if e := nameWordEnd(s, k); e > k {
		return e, false
	}
	if e := upperWordEnd(s, k); e > k {
		return e, true
	}
	return k, false
}

// greetingWords open or close a message before a comma and a name, in the languages of
// European logs' tickets and chats (Hi, Anna; Regards, Anna Berg; Pagarbiai, Gabija
// Rimkutė). Lower case, folded.
var greetingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`hi hello hey dear regards thanks thank cheers best greetings
		sincerely bonjour salut merci cordialement hallo danke gruss grusse grüße groeten bedankt
		hola gracias saludos ciao grazie saluti cumprimentos obrigado obrigada ola olá pozdrawiam
		dzieki dziękuję hej tack mvh hilsen pagarbiai aciu ačiū sveiki labas tere lugupidamisega
		tervitades kiitos terveisin moi merhaba selam tesekkurler teşekkürler saygilarimla saygılarımla`) {
		m[w] = true
	}
	return m
}()

// reversedNameEnd returns the end of a personal name written surname first that starts at
// s[i]: "Kowalska, Anna", "Ramírez Ortega, Javier", "OYELARAN, BABATUNDE", "Okafor,
// Chinedu A." (a listed given name after the comma), or i.
func reversedNameEnd(s []byte, i int) int {
	e, upper := anyNameWordEnd(s, i)
	if e == i || inLower(notNameWords, s[i:e]) || inFolded(greetingWords, s[i:e]) {
		return i // ("Regards, Anna Berg": a greeting, then the name)
	}
	// A second surname word: Ramírez Ortega, Morales Vega.
	if e+2 < len(s) && s[e] == ' ' {
		if e2, up2 := anyNameWordEnd(s, e+1); e2 > e+1 && up2 == upper && e2+1 < len(s) && s[e2] == ',' &&
			!inLower(notNameWords, s[e+1:e2]) {
			e = e2
		}
	}
	if e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return i
	}
	// After an East Asian family name, given names of syllables: Nguyen, Thi Mai.
	eastAsian, _ := categories.EastAsianSurname(s[i:e])
	given := func(word []byte) bool {
		return givenFirst(word) || eastAsian && categories.SyllabicGivenName(word) && !inLower(notNameWords, word)
	}
	g, gUpper := anyNameWordEnd(s, e+2)
	if g == e+2 || gUpper != upper && !(upper && e-i >= 3 && !isLogLevel(s[i:e])) || !given(s[e+2:g]) {
		return i // (the surname may be in capitals before a capitalized given name: SHARMA, Priya)
	}
	end := g
	// A middle name or an initial: Chinedu A., Thi Mai.
	if end+2 < len(s) && s[end] == ' ' {
		k := end + 1
		if s[k] >= 'A' && s[k] <= 'Z' && k+1 < len(s) && s[k+1] == '.' {
			end = k + 2
		} else if m, mUpper := anyNameWordEnd(s, k); m > k && mUpper == upper && given(s[k:m]) {
			end = m
		}
	}
	return end
}

// eastAsianNameEnd returns the end of a name written family name first in the East Asian
// way that starts with the capitalized word s[i:j]: a listed family name, then one to
// three given names of romanized syllables (Zhang Wei, Wang Jianguo, Nguyễn Thị Hoa, Kim
// Min-jun); two of them after a family name that is also a word (Le Van Minh). Or i.
func eastAsianNameEnd(s []byte, i, j int) int {
	if j+2 >= len(s) || s[j] != ' ' || !(s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0x80) || j-i > 12 || nameWordEnd(s, i) != j {
		return i
	}
	listed, alsoWord := categories.EastAsianSurname(s[i:j])
	if !listed {
		return i
	}
	end, words := j, 0
	for words < 3 && end+1 < len(s) && s[end] == ' ' {
		k := end + 1
		e := nameWordEnd(s, k)
		if e == k {
			break
		}
		w := s[k:e]
		if inLower(notNameWords, w) || isLogLevel(w) || isMonth(w) || !categories.SyllabicGivenName(w) {
			break
		}
		end, words = e, words+1
	}
	if words == 0 || alsoWord && words < 2 || hasPrefixAt(s, end, " City") { // Ho Chi Minh City
		return i
	}
	return end
}

// caretNameEnd returns the end of a name in DICOM's and HL7's person-name layout that
// starts at s[i]: Family^Given^Middle (Benali^Karim, SZYMAŃSKA^KATARZYNA^MARIA,
// Tran^Van Minh), two to five components of name words, one of them a listed given name
// or three components or more; or i.
func caretNameEnd(s []byte, i int) int {
	end := i
	parts, given := 0, false
	for k := i; parts < 5; {
		e, _ := anyNameWordEnd(s, k)
		if e == k {
			break
		}
		given = given || givenFirst(s[k:e]) || givenPair(s[k:e]) // (LEFEBVRE^MARIE-CLAIRE)
		end = e
		for end+1 < len(s) && s[end] == ' ' {
			// Given names of several words: Tran^Van Minh.
			e2, _ := anyNameWordEnd(s, end+1)
			if e2 == end+1 || e2 < len(s) && (s[e2] == '=' || s[e2] == ':') {
				break // (Nowak^Zbigniew PESEL=...: the next key)
			}
			given = given || givenFirst(s[end+1:e2])
			end = e2
		}
		parts++
		if end+1 >= len(s) || s[end] != '^' {
			break
		}
		k = end + 1
	}
	if parts < 2 || !given && parts < 3 {
		return i
	}
	return end
}

// hungarianSurnames are the most common Hungarian family names, folded: Hungarian writes
// the family name first, without a comma (Kovács Péter), so these are found by the
// family name and a listed given name after it.
var hungarianSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas
		balogh papp takacs juhasz lakatos meszaros olah simon racz fekete szilagyi torok feher
		balazs gal kis szucs kocsis pinter fodor szalai sipos magyar lukacs gulyas biro kiraly
		katona jakab bogdan balog sandor boros fazekas kelemen antal somogyi orosz fulop veres
		budai vincze hegedus deak pap balint illes pal vass szoke fabian voros lengyel bognar
		bodnar jonas hajdu halasz mate szekely kozma pasztor gaspar bakos dudas major orban
		virag barta szekeres`) {
		m[w] = true
	}
	return m
}()

// hungarianNameEnd returns the end of a Hungarian name written family name first that
// starts with the capitalized word s[i:j] (Kovács Péter, Tóth Katalin Anna), or i: a
// listed family name, then one or two listed given names.
func hungarianNameEnd(s []byte, i, j int) int {
	if j-i < 3 || j-i > 18 {
		return i
	}
	var buf [24]byte
	folded, ok := categories.FoldLatin(buf[:0], s[i:j])
	if !ok || !hungarianSurnames[string(folded)] {
		return i
	}
	end := i
	for k, words := j, 0; words < 2 && k+1 < len(s) && s[k] == ' '; words++ {
		e := nameWordEnd(s, k+1)
		if e == k+1 || !categories.IsGivenName(s[k+1:e]) {
			break
		}
		end, k = e, e
	}
	return end
}

// personNameAt rewrites a personal name found by its shape that starts with the word
// s[i:j] (given name first, surname first, or Family^Given), or an organisation's name
// with its legal form, and returns its end, or i.
func (w *worker) personNameAt(s []byte, i, j, base int) int {
	if s[j] == ' ' && j-i >= 4 && j-i <= 6 {
		if end := legalFormFirstEnd(s, i, j); end > j {
			w.where = wherePhrase
			w.contextValue(categories.Organization, s, j+1, end, base) // (the form stays, as a suffix's does)
			return end
		}
	}
	if s[j] == ' ' && j-i >= 5 {
		if end := institutionNameEnd(s, i, j); end > j {
			w.where = wherePhrase
			w.contextValue(categories.Organization, s, i, end, base)
			return end
		}
	}
	if s[j] == ' ' && j-i <= 7 {
		if end := streetWordEnd(s, i, j); end > j {
			return w.streetValue(s, i, end, base) // Via Tortona 31
		}
	}
	if s[j] == ' ' && j+1 < len(s) && isDigit(s[j+1]) {
		if end := streetSuffixEnd(s, i, j); end > j {
			return w.streetValue(s, i, end, base) // Lindengasse 14/3
		}
	}
	if s[j] == ' ' && j+6 < len(s) && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] == 'u' || s[j+1] == 't' || s[j+1] == 0xC3) {
		// A street type as a word of its own after a capitalized one: Mariahilfer Straße 88,
		// Andrássy út 61, Váci utca 12
		if k := nthWordEnd(s, j+1); k < len(s) && s[k] == ' ' && k-j-1 >= 3 && k-j-1 <= 8 && k+1 < len(s) && isDigit(s[k+1]) &&
			inFolded(streetTypeWords, s[j+1:k]) {
			if end := houseNumberEnd(s, k+1); end > k+1 {
				return w.streetValue(s, i, end, base)
			}
		}
	}
	if s[j] == ' ' && j+1 < len(s) && (s[j+1] >= 'A' && s[j+1] <= 'Z' || s[j+1] >= 0x80 || s[j+1] == '&') {
		// An organisation's next word is capitalized too: most words turn away here.
		if end := orgNameEnd(s, i, j); end > j {
			w.where = wherePhrase
			w.shapeFound = true
			w.contextValue(categories.Organization, s, i, end, base)
			w.shapeFound = false
			return end
		}
	}
	end := i
	caret := false
	switch s[j] {
	case ' ':
		if end = proseNameEnd(s, i, j); end == i {
			end = reversedNameEnd(s, i) // Ramírez Ortega, Javier
		}
		if end == i {
			end = capitalSurnameGivenEnd(s, i, j) // DUPONT Olivier, MARINO GIUSEPPE is left to the above
		}
		if end == i {
			end = keyedSurnameGivenEnd(s, i, j) // NAME=HUBER ELISABETH
		}
		if end == i {
			end = eastAsianNameEnd(s, i, j) // Zhang Wei, Nguyễn Thị Hoa
		}
		if end == i {
			end = hungarianNameEnd(s, i, j) // Kovács Péter, Nagy Gábor
		}
	case ',':
		end = reversedNameEnd(s, i)
	case '^':
		end, caret = caretNameEnd(s, i), true
	}
	if end <= j || s[j] == ' ' && versionAfterName(s, end) {
		return i // (a product and its version: app="SITA DCS 9.3", "Amadeus Altea CM 24.1")
	}
	w.where = wherePhrase
	w.shapeFound = true
	switch {
	case caret:
		w.caretNameValue(s, i, end, base)
	case w.nameWordwise:
		w.nameWordsValue(s, i, end, base)
	default:
		w.contextValue(categories.Fullname, s, i, end, base)
	}
	w.shapeFound = false
	if org, orgEnd := dominoOrganization(s, end); orgEnd > org {
		// HCL Domino's hierarchical name, Jaan Tamm/Finance/TallinnFintech: the person, the
		// units (which stay) and the organisation.
		w.where = wherePhrase
		w.contextValue(categories.Organization, s, org, orgEnd, base)
		return orgEnd
	}
	if i >= 4 && s[i-1] == '(' && s[i-2] == ' ' && end < len(s) && s[end] == ')' {
		// "launched by mrodriguez (Mirko Rodríguez)": the login before the person's name
		// in parentheses is theirs.
		k := i - 2
		for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '.' || s[k-1] == '_' || s[k-1] == '-') {
			k--
		}
		login := s[k : i-2]
		plain := isLowerWord(login)
		if (windowsMachineShaped(login) || (loginShaped(login) && isLetter(login[0]) || plain && len(login) >= 4 && !isGenericWord(login) && !notNameWords[string(login)] && !isStopword(login)) &&
			(loginWord(login) || !isLowerWord(login) && !bytes.ContainsAny(login, "abcdefghijklmnopqrstuvwxyz"))) && // (not soft-deleted, a1f3c9d2e7, iPhone)
			(k == 0 || s[k-1] == ' ') {
			cat := categories.Username
			if windowsMachineShaped(login) {
				cat = categories.Hostname // "Patching SRV-FIN-DB02 (Zeno Rossi)": the machine's owner
			}
			w.shapeFound = plain && !nameFieldOfLogin(s[i:end], login)
			w.where = wherePhrase
			w.contextValue(cat, s, k, i-2, base)
			w.shapeFound = false
		}
	}
	if hasPrefixAt(s, end, " (") {
		// "Tóth Anikó (tanik)", "Aziz Nowak (l.dabrowski)": the person's login after
		// the name. One written as a login is learned; a plain word may be a role or a
		// relation (daughter, finance), mapped here only.
		close := bytes.IndexByte(s[end+2:min(len(s), end+2+33)], ')')
		if comma := bytes.IndexByte(s[end+2:min(len(s), end+2+33)], ','); comma >= 2 && (close < 0 || comma < close) &&
			bytes.IndexByte(s[end+2+comma:min(len(s), end+2+comma+80)], ')') > 0 {
			close = comma // "Sanne Bakker (sbakker, Finance)": the login, then the department
		}
		if close >= 2 {
			login := s[end+2 : end+2+close]
			plain := isLowerWord(login)
			if n, ok := categories.NationalIDAt(login); ok && n == len(login) {
				// "Chiara Bruno (BRNCHR94A41L219P)": the person's national number, its shape kept
				w.where = wherePhrase
				w.contextValue(categories.NationalID, s, end+2, end+2+close, base)
				return end + 3 + close
			}
			if loginShaped(login) && isLetter(login[0]) && !(plain && annotationWord(login)) ||
				plain && len(login) >= 4 && !isGenericWord(login) && !notNameWords[string(login)] && !annotationWord(login) {
				w.shapeFound = plain && !nameFieldOfLogin(s[i:end], login) // (one made of the name is learned: kwalczak)
				w.contextValue(categories.Username, s, end+2, end+2+close, base)
				w.shapeFound = false
				if s[end+2+close] == ',' {
					return end + 2 + close
				}
				end += 3 + close
			}
		}
	}
	return end
}

// annotationWord reports a word that notes a document's or a person's state in brackets
// after a name, not their login: "Witness statement of Gareth Lloyd (signed)", (draft),
// (deceased), (redacted).
func annotationWord(w []byte) bool {
	n := len(w)
	return n >= 5 && w[n-2] == 'e' && w[n-1] == 'd' && !categories.IsGivenName(w) || // (fred, alfred: logins)
		equalFoldAny(w, "draft", "final", "copy", "minor", "former", "external", "unsigned", "original", "translation")
}

// nameWordsValue rewrites the name s[i:end] word by word: a learned word by what it was
// learned as, any other as the word of a name.
func (w *worker) nameWordsValue(s []byte, i, end, base int) {
	for k := i; k < end; {
		e := k
		for e < end && s[e] != ' ' && s[e] != ',' {
			e++
		}
		if e > k {
			if cat, ok := w.learnedToken(s[k:e]); ok {
				where := w.where
				w.where = whereLearned
				w.keyedValue(cat, s[k:e], base+k)
				w.where = where
			} else {
				w.contextValue(categories.Fullname, s, k, e, base)
			}
		}
		k = e + 1
	}
}

// caretNameValue rewrites a Family^Given^Middle name as the full name "Family, Given
// Middle", its carets kept.
func (w *worker) caretNameValue(s []byte, i, end, base int) {
	name := s[i:end]
	plain := w.joinedName[:0]
	first := true
	for _, c := range name {
		if c == '^' && first {
			plain = append(plain, ',', ' ')
			first = false
			continue
		}
		if c == '^' {
			c = ' '
		}
		plain = append(plain, c)
	}
	w.joinedName = plain
	from := len(w.repl)
	out, ok := w.appendReversedName(plain, '^')
	if !ok {
		w.scanShapes(name, base+i)
		return
	}
	k := 0
	for p := bytes.IndexByte(name, '^') + 1; p < len(name); p++ {
		if name[p] != '^' && name[p] != ' ' {
			continue
		}
		// The k-th separator after the first caret: find it in the pseudonym.
		at := nthBlank(out, bytes.IndexByte(out, '^')+1, k)
		if at >= 0 && name[p] == '^' {
			out[at] = '^'
		}
		k++
	}
	w.addEdit(w.lastCat, base+i, base+end, from)
}

// appendReversedName appends the full-name pseudonym of plain, a name written "Surname,
// Given ...", with its ", " written as sep (DICOM's '^', a card track's '/'); it returns
// the bytes appended, or false (and nothing appended) when the name stays.
func (w *worker) appendReversedName(plain []byte, sep byte) ([]byte, bool) {
	from := len(w.repl)
	w.mapped = false
	if !w.appendValueMemo(categories.Fullname, plain) || !w.mapped {
		w.repl = w.repl[:from]
		return nil, false
	}
	out := w.repl[from:]
	if comma := bytes.Index(out, []byte(", ")); comma >= 0 {
		out[comma] = sep
		out = append(out[:comma+1], out[comma+2:]...)
		w.repl = w.repl[:from+len(out)]
	}
	return out, true
}

// nthBlank returns the index of the n-th blank (from 0) in b at or after from, or -1.
func nthBlank(b []byte, from, n int) int {
	for p := from; p < len(b); p++ {
		if b[p] == ' ' {
			if n == 0 {
				return p
			}
			n--
		}
	}
	return -1
}

// Organisations in prose are found by their legal form: one to four capitalized words,
// then a listed legal suffix ("Harbour Foods Pty Ltd", "Nowicki Logistics Sp. z o.o.",
// "Café Lumière SARL"). Vendors whose names stand in software's own metadata (a signer,
// a publisher: "Microsoft Corporation") stay.

// knownVendors are the first words of organisations named in software metadata, not
// in personal data. Lower case.
var knownVendors = map[string]bool{"microsoft": true, "google": true, "apple": true, "amazon": true,
	"entra": true, "purview": true, "defender": true, "sentinel": true, "intune": true, "azure": true,
	"oracle": true, "cisco": true, "adobe": true, "mozilla": true, "ibm": true, "intel": true,
	"vmware": true, "citrix": true, "fortinet": true, "sophos": true, "symantec": true,
	"mcafee": true, "trend": true, "crowdstrike": true, "elastic": true, "splunk": true,
	"red": true, "canonical": true, "docker": true, "github": true, "atlassian": true,
	"okta": true, "cloudflare": true, "akamai": true, "nvidia": true, "amd": true, "dell": true,
	"hp": true, "hewlett": true, "lenovo": true, "samsung": true, "sun": true, "check": true,
	"palo": true, "juniper": true, "broadcom": true, "qualcomm": true, "realtek": true,
	"logitech": true, "zoom": true, "slack": true, "salesforce": true, "sap": true,
	"the": true, "python": true, "apache": true, "openjs": true, "node": true}

// orgNameEnd returns the end of an organisation's name with its legal suffix that starts
// with the capitalized word s[i:j], or i.
func orgNameEnd(s []byte, i, j int) int {
	if inLower(knownVendors, s[i:j]) || inLower(notNameWords, s[i:j]) || i > 0 && s[i-1] == '|' {
		return i // a CEF or LEEF header's vendor (CEF:0|Imperva Inc.|...) stays
	}
	if isLogLevel(s[i:j]) {
		return i // INFO Hartmann GmbH: the level is no part of the name
	}
	camel := false // a word such as BrightBuild or IPSec: with a long legal form only
	if e, _ := anyNameWordEnd(s, i); e != j {
		if !camelWord(s[i:j]) {
			return i
		}
		camel = true
	}
	e := j
	for words := 1; words <= 4; words++ {
		if e+2 >= len(s) || s[e] != ' ' {
			return i
		}
		if end := categories.LegalSuffixAt(s, e+1); end > e+1 {
			if end < len(s) && !orgNameFollow[s[end]] {
				return i // CORP\jdoe: a domain, not a legal form
			}
			if camel && end-e-1 < 3 {
				return i // All IPSec SA
			}
			if end-e-1 <= 2 && end+1 < len(s) && s[end] == ' ' && isDigit(s[end+1]) {
				return i // a country's code before a number: "Passport SE 84712390 verified"
			}
			if end-e-1 <= 3 && (s[e+1] < 'A' || s[e+1] > 'Z' || upperWordEnd(s, i) > i) && !equalFold(s[e+1:end], "plc") && string(s[e+1:end]) != "mbB" {
				// A short form (AS, SA, Co) in lower case, or after a name in upper case,
				// is a word: "IDENTIFIED AS", "as" (but British firms write plc so, and
				// German partnerships mbB).
				return i
			}
			return end
		}
		k := e + 1
		if s[k] == '&' && k+1 < len(s) && s[k+1] == ' ' {
			e = k + 1 // Harrow & Finch LLP
			continue
		}
		next, _ := anyNameWordEnd(s, k)
		if next > k && !camel && lawFirmWord(s[k:next]) && (next == len(s) || orgNameFollow[s[next]]) && upperWordEnd(s, i) != j {
			// (not after an acronym: ADSN Notaires, the notaries' network)
			if end := categories.LegalSuffixAt(s, next+1); next+1 < len(s) && s[next] == ' ' && end > next+1 {
				return end // Kanzlei Pichler Strobl Rechtsanwälte OG
			}
			return next // a firm named for its partners: Harrow Shaw Solicitors, Roozendaal Advocaten
		}
		if next == k && isDigit(s[k]) {
			d := k
			for d < len(s) && isDigit(s[d]) {
				d++
			}
			if d-k >= 2 && d-k <= 4 && d < len(s) && s[d] == ' ' {
				e = d // a club's year or number: TuS Rheinwiesen 1898 e.V., FC Schalke 04 e.V.
				continue
			}
		}
		if next == k {
			a := k
			for a < len(s) && isLetter(s[a]) {
				a++
			}
			if !camelWord(s[k:a]) {
				return i
			}
			next, camel = a, true
		}
		e = next
	}
	return i
}

// lawFirmWord reports whether w names a firm of lawyers or notaries after its partners'
// names (Solicitors, Advocaten, Rechtsanwälte, Avocats; Dutch compounds such as
// Strafrechtadvocaten): such a name is its owners'.
func lawFirmWord(w []byte) bool {
	if inFolded(lawFirmWords, w) {
		return true
	}
	n := len(w) - len("advocaten")
	return n >= 3 && equalFold(w[n:], "advocaten")
}

// lawFirmWords are the words of lawFirmWord, lower case.
var lawFirmWords = map[string]bool{"solicitors": true, "advocaten": true, "rechtsanwälte": true,
	"rechtsanwaelte": true, "avocats": true, "abogados": true, "avvocati": true, "advokater": true,
	"notaires": true, "notarissen": true, "barristers": true, "attorneys": true, "lawyers": true,
	"advokáti": true, "adwokaci": true, "advogados": true}

// camelWord reports whether w is a word of ASCII letters written in camel case, an upper
// case letter first and a lower case one somewhere (BrightBuild, PayPal, IPSec).
func camelWord(w []byte) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower := false
	for _, c := range w {
		if !isLetter(c) {
			return false
		}
		lower = lower || c >= 'a'
	}
	return lower
}

// orgNameFollow are the bytes after an organisation's legal form: a blank or punctuation.
var orgNameFollow = func() (t [256]bool) {
	for _, c := range " \t,;.)\"'!?|>]}" { // not ':': "Product: X Company: Y" names keys
		t[c] = true
	}
	return t
}()

// Street addresses in prose: a house number, one to three capitalized words and a street
// word (250 Collins Street, 455 Cedar Hollow Dr), or a street word of the languages that
// put it first, then the name and the number (ul. Piotrkowska 104, Via Tortona 31,
// Calle de Alcalá 112), or a German street name and its number (Friedrichstraße 68).

// streetAfter are the street words written after the name. Lower case.
var streetAfter = map[string]bool{"street": true, "st": true, "road": true, "rd": true,
	"avenue": true, "ave": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"way": true, "close": true, "court": true, "ct": true, "boulevard": true, "blvd": true,
	"place": true, "pl": true, "crescent": true, "terrace": true, "square": true,
	"highway": true, "hwy": true, "parkway": true, "pkwy": true,
	// British and Irish streets named so: 18 Clifton Park, 4 Ladbroke Gardens, 9 Kings Mews
	"park": true, "gardens": true, "gdns": true, "grove": true, "mews": true, "row": true,
	"hill": true, "green": true, "rise": true, "parade": true, "vale": true, "wharf": true, "quay": true,
	// Australian and New Zealand abbreviations: 12 Banksia Cres, 4 Olympic Cct, 9 Marine Pde
	"cres": true, "circuit": true, "cct": true, "pde": true, "tce": true}

// streetBefore are the street words written before the name. Lower case, dots kept.
var streetBefore = map[string]bool{"ul.": true, "rue": true, "via": true, "calle": true,
	"avenida": true, "av.": true, "rua": true, "strada": true, "piazza": true, "plac": true,
	"carrer": true, "paseo": true, "viale": true, "al.": true, "corso": true, "largo": true,
	"vicolo": true, "praça": true, "travessa": true, "alameda": true, "chaussée": true,
	"chemin": true, "quai": true, "boulevard": true, "rambla": true, "ronda": true,
	"camino": true, "carretera": true, "os.": true, "str.": true, "am": true, "im": true}

// streetNumberEnd returns the end of an address that starts with the house number
// s[i:j] ("250 Collins Street"), or i.
func streetNumberEnd(s []byte, i, j int) int {
	if j-i > 5 {
		return i
	}
	e := j
	if e < len(s) && (s[e] >= 'A' && s[e] <= 'Z' || s[e] >= 'a' && s[e] <= 'z') && (e+1 == len(s) || s[e+1] == ' ') {
		e++ // 14b
	}
	if e+2 < len(s) && s[e] == ' ' && isLetter(s[e+1]) && numberFirstStreetWordAt(s, e+1) {
		// French and Italian write the street word after the number, in lower case or
		// capitalized: 12 rue de la Paix, 8 Avenue Foch, 3 via Roma.
		k := e + 1
		for k < len(s) && (isLetter(s[k]) || s[k] >= 0x80) {
			k++
		}
		end, words := k, 0
		for end+1 < len(s) && s[end] == ' ' && words < 5 {
			n, _ := anyNameWordEnd(s, end+1)
			if n == end+1 {
				a := end + 1 // de, la, du, des, del
				for a < len(s) && s[a] >= 'a' && s[a] <= 'z' && a-end <= 4 {
					a++
				}
				if a == end+1 || a-end > 4 || a >= len(s) || s[a] != ' ' && s[a] != '\'' {
					break
				}
				if s[a] == '\'' {
					a++ // l'Église
				}
				end = a
				if s[a-1] == '\'' {
					continue
				}
				continue
			}
			end = n
			words++
		}
		if words == 0 {
			return i
		}
		return end
	}
	words := 0
	for words < 4 && e+2 < len(s) && s[e] == ' ' {
		k, _ := anyNameWordEnd(s, e+1)
		if k == e+1 {
			return i
		}
		if inLower(streetAfter, s[e+1:k]) {
			if words == 0 {
				return i // 2 Way SSL
			}
			if k < len(s) && s[k] == '.' {
				k++
			}
			return k
		}
		e = k
		words++
	}
	return i
}

// numberFirstStreetWordAt tells whether a street word written between the house number
// and the name starts at s[i]: in lower case (12 rue de la Paix) or capitalized (12 Rue de
// la Paix).
func numberFirstStreetWordAt(s []byte, i int) bool {
	k := i
	for k < len(s) && (isLetter(s[k]) || s[k] >= 0x80) {
		k++ // (allée)
	}
	if k-i < 2 || k-i > 9 || s[i+1] < 'a' || s[i+1] > 'z' {
		return false
	}
	var b [9]byte
	for j := i; j < k; j++ {
		b[j-i] = s[j]
		if s[j] >= 'A' && s[j] <= 'Z' {
			b[j-i] += 'a' - 'A'
		}
	}
	return numberFirstStreetWords[string(b[:k-i])]
}

// numberFirstStreetWords are street words written between the house number and the
// name. Lower case.
var numberFirstStreetWords = map[string]bool{"rue": true, "avenue": true, "boulevard": true,
	"bd": true, "allée": true, "chemin": true, "impasse": true, "quai": true,
	"viale": true, "piazza": true, "corso": true, "calle": true,
	"place": true, "cours": true, // 3 place Bellecour 71100 Chalon-sur-Saône
	"plaza": true, "avenida": true, "rua": true}

// streetWordEnd returns the end of an address that starts with a street word written
// before the name, the word s[i:j] (Via, Calle, "ul." with its dot), or i.
func streetWordEnd(s []byte, i, j int) int {
	end := j
	if end < len(s) && s[end] == '.' {
		end++
	}
	if !inLower(streetBefore, s[i:end]) {
		return i
	}
	e := end
	words := 0
	for words < 4 && e+2 < len(s) && (s[e] == ' ' || s[e] == ',' && words > 0 && s[e+1] == ' ' && e+2 < len(s) && isDigit(s[e+2])) {
		k := e + 1
		if s[e] == ',' {
			k = e + 2 // the number after a comma: Rua Padre Chagas, 77; Via Roma, 12
		}
		if isDigit(s[k]) {
			d := k
			for d < len(s) && (isDigit(s[d]) || isLetter(s[d]) && d > k) && d-k < 6 {
				d++
			}
			if d+1 < len(s) && (s[d] == '/' || s[d] == '-') && isDigit(s[d+1]) {
				d += 2 // a flat's number: 18/102
				for d < len(s) && isDigit(s[d]) {
					d++
				}
			}
			if words == 0 {
				return i
			}
			if s[e] == ',' && d-k >= 4 && d+1 < len(s) && s[d] == ' ' && s[d+1] >= 'A' && s[d+1] <= 'Z' {
				// A postal code and town, no house number: Rue de la Paix, 75002 Paris.
				return e
			}
			return d
		}
		n, _ := anyNameWordEnd(s, k)
		if n == k {
			// Small words of names: Calle de Alcalá, Rua da Prata.
			a := k
			for a < len(s) && s[a] >= 'a' && s[a] <= 'z' && a-k < 4 {
				a++
			}
			if a == k || a-k > 3 || a >= len(s) || s[a] != ' ' {
				return i
			}
			n = a
		} else {
			words++
		}
		e = n
	}
	return i
}

// streetValue rewrites an address found in prose as a place, its layout kept, with the
// postal code and town that may follow it (", 75002 Paris"), and returns its end.
func (w *worker) streetValue(s []byte, i, end, base int) int {
	w.where = wherePhrase
	w.shapeFound = true
	w.contextValue(categories.Geo, s, i, end, base)
	if end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' {
		if e := w.postalTownValue(s, end+2, nil, base); e > end+2 {
			end = e
		} else if e := w.townPostcodeValue(s, end+2, base); e > end+2 {
			end = e // 68 Tanner Row, York YO1 6JB; 45 Main St, Naperville, IL 60540
		}
	} else if end+5 < len(s) && s[end] == ' ' && isDigit(s[end+1]) && !yearAt(s, end+1) {
		// After a blank (a search's words, Lindenstraße 14 47798 Krefeld).
		if e := w.postalTownValue(s, end+1, nil, base); e > end+1 {
			end = e
		}
	}
	if end < len(s) && s[end] == '^' {
		// HL7's address: STREET^OTHER^CITY^STATE^ZIP^COUNTRY (14 Harbour
		// Lane^^Portsmouth^Hampshire^PO1 3AX^GBR): the parts after the street up to the
		// postal code; the country's code stays.
		k := end
		for part := 0; part < 4 && k < len(s) && s[k] == '^'; part++ {
			e := k + 1
			for e < len(s) && s[e] != '^' && s[e] != '|' && s[e] != '~' && s[e] != '\'' && s[e] != '"' && e-k < 64 {
				e++
			}
			if e > k+1 && hasLetterOrDigit(s[k+1:e]) {
				w.contextValue(categories.Geo, s, k+1, e, base)
			}
			k = e
		}
		end = k
	}
	w.shapeFound = false
	return end
}

// yearAt reports four digits at s[k] that read as a year of 1900 to 2099, and no more.
func yearAt(s []byte, k int) bool {
	return k+4 <= len(s) && (s[k] == '1' && s[k+1] == '9' || s[k] == '2' && s[k+1] == '0') &&
		isDigit(s[k+2]) && isDigit(s[k+3]) && (k+4 == len(s) || !isDigit(s[k+4]))
}

func hasLetterOrDigit(v []byte) bool {
	for _, c := range v {
		if isAlnum(c) || c >= 0x80 {
			return true
		}
	}
	return false
}

// postalTownValue rewrites a postal code and its town at s[k] (see postalTownEnd): the
// code keeps its shape, the town becomes a city of the list. It returns the end, or k.
func (w *worker) postalTownValue(s []byte, k int, isCity func([]byte) bool, base int) int {
	end := postalTownEnd(s, k, isCity)
	if end == k {
		return k
	}
	code := k
	for code < end && (isDigit(s[code]) || s[code] == '-' || s[code] == ' ' && code+1 < end && isDigit(s[code+1])) {
		code++
	}
	if code+3 < end && s[code+1] >= 'A' && s[code+1] <= 'Z' && s[code+2] >= 'A' && s[code+2] <= 'Z' && s[code+3] == ' ' {
		code += 3 // 7411 HB
	}
	w.where = wherePhrase
	w.shapeFound = true
	w.contextValue(categories.Geo, s, k, code, base)
	w.contextValue(categories.Geo, s, code+1, end, base) // a name: mapped as a city
	w.shapeFound = false
	return end
}

// townPostcodeValue rewrites, after a street and ", ", a town and the postal code that
// follows it, as the United Kingdom, Ireland, the United States, Canada and Australia
// write them (York YO1 6JB; Dublin 2, D02 X285; Naperville, IL 60540; Toronto, ON M9A
// 1A5; Bondi NSW 2026), or a district and then a postal code and town (Pinheiros,
// 05409-010 São Paulo; Sector 2, București): the town as a city, the code keeping its
// shape. It returns the end, or k.
func (w *worker) townPostcodeValue(s []byte, k int, base int) int {
	townEnd := k
	for words := 0; words < 3; words++ {
		at := townEnd
		if words > 0 {
			if townEnd+1 >= len(s) || s[townEnd] != ' ' {
				break
			}
			at++
		}
		e, _ := anyNameWordEnd(s, at)
		if e == at && words > 0 && at < len(s) && isDigit(s[at]) && at+1 < len(s) && (at+1 == len(s) || !isAlnum(s[at+1])) {
			e = at + 1 // Dublin 2, Sector 2: a district's number
		}
		if e == at || inLower(notNameWords, s[at:e]) || postcodeAt(s, at) > at {
			break
		}
		townEnd = e
	}
	if townEnd == k {
		if e := postcodeAt(s, k); e > k && s[k] >= 'A' && s[k] <= 'Z' {
			// The postal code alone after the street: "Flat 3, 27 Cathcart Street, G41 3RN".
			w.where = wherePhrase
			w.shapeFound = true
			w.contextValue(categories.Geo, s, k, e, base)
			w.shapeFound = false
			return e
		}
		return k
	}
	code, codeEnd := townEnd, townEnd
	switch {
	case hasPrefixAt(s, townEnd, " - CEP ") || hasPrefixAt(s, townEnd, ", CEP "):
		code = townEnd + bytes.IndexByte(s[townEnd:], 'P') + 2 // Brazil: Porto Alegre - CEP 90570-080
	case townEnd+1 < len(s) && s[townEnd] == ' ':
		code = townEnd + 1
	case townEnd+2 < len(s) && s[townEnd] == ',' && s[townEnd+1] == ' ':
		code = townEnd + 2
	}
	if code > townEnd {
		codeEnd = postcodeAt(s, code)
		if codeEnd == code && s[townEnd] == ',' {
			codeEnd = postalTownEnd(s, code, nil) // Pinheiros, 05409-010 São Paulo
		}
		if codeEnd == code {
			codeEnd = bareCodeEnd(s, code) // Grenoble 38000, Porto Alegre - CEP 90570-080
		}
	}
	if codeEnd == code {
		// The town alone, closed by punctuation: "5 Tanner Row, York)".
		if townEnd < len(s) && s[townEnd] != ')' && s[townEnd] != '.' && s[townEnd] != ';' && s[townEnd] != '"' {
			return k
		}
		codeEnd = townEnd
	}
	w.where = wherePhrase
	w.shapeFound = true
	w.contextValue(categories.Geo, s, k, townEnd, base)
	if codeEnd > code {
		if e := w.postalTownValue(s, code, nil, base); e == codeEnd {
			// (its own code and town, mapped)
		} else {
			st := code
			for st < codeEnd && s[st] >= 'A' && s[st] <= 'Z' {
				st++
			}
			if st-code >= 2 && st-code <= 3 && st < codeEnd && s[st] == ' ' {
				code = st + 1 // a state's or province's abbreviation stays: NSW 2026, IL 60540, ON M9A 1A5
			}
			w.contextValue(categories.Geo, s, code, codeEnd, base)
		}
	}
	w.shapeFound = false
	return codeEnd
}

// postcodeAt returns the end of a postal code written after its town at s[k]: a British
// one (YO1 6JB, LS29 9AE, SW1A 1AA), an Irish Eircode (D02 X285), a US state and ZIP code
// (IL 60540, NV 89502-1234), a Canadian province and code (ON M9A 1A5), an Australian
// state and code (NSW 2026); or k.
func postcodeAt(s []byte, k int) int {
	up := func(i int) bool { return i < len(s) && s[i] >= 'A' && s[i] <= 'Z' }
	dig := func(i int) bool { return i < len(s) && isDigit(s[i]) }
	alnumUp := func(i int) bool { return up(i) || dig(i) }
	ended := func(i int) bool { return i >= len(s) || !isAlnum(s[i]) }
	// A British outward code (A9, A99, AA9, AA99, A9A, AA9A), a blank, 9AA.
	if up(k) {
		o := k + 1
		if up(o) {
			o++
		}
		if dig(o) {
			o++
			if alnumUp(o) && !(o+1 < len(s) && s[o+1] != ' ') {
				o++
			}
			if o+3 < len(s)+1 && o < len(s) && s[o] == ' ' && dig(o+1) && up(o+2) && up(o+3) && ended(o+4) {
				return o + 4
			}
			// An Eircode: A99 ANNN.
			if o == k+3 && o < len(s) && s[o] == ' ' && alnumUp(o+1) && alnumUp(o+2) && alnumUp(o+3) && alnumUp(o+4) && ended(o+5) {
				return o + 5
			}
		}
	}
	// A state's or province's abbreviation, a blank, its code.
	st := k
	for up(st) && st-k < 3 {
		st++
	}
	if n := st - k; n >= 2 && n <= 3 && st < len(s) && s[st] == ' ' {
		d := st + 1
		for dig(d) {
			d++
		}
		switch {
		case n == 2 && d-st-1 == 5:
			if d+4 < len(s) && s[d] == '-' && dig(d+1) && dig(d+2) && dig(d+3) && dig(d+4) {
				d += 5 // ZIP+4
			}
			if ended(d) {
				return d // IL 60540
			}
		case d-st-1 == 4 && ended(d):
			return d // NSW 2026
		case n == 2 && up(st+1) && dig(st+2) && up(st+3) && st+4 < len(s) && s[st+4] == ' ' && dig(st+5) && up(st+6) && dig(st+7) && ended(st+8):
			return st + 8 // ON M9A 1A5
		}
	}
	return k
}

// bareCodeEnd returns the end of a postal code of digits written after its town at s[k]:
// five digits (Grenoble 38000), or Brazil's CEP (90570-080); or k.
func bareCodeEnd(s []byte, k int) int {
	d := k + digitRun(s[k:])
	if n := d - k; n == 5 && d+3 < len(s) && s[d] == '-' && digitRun(s[d+1:]) == 3 {
		d += 4
	} else if n != 5 {
		return k // (four digits after a town are a year as often: York 2024)
	}
	if d < len(s) && (isAlnum(s[d]) || s[d] == '.' || s[d] == ':' || s[d] == '-') {
		return k // (a time, a version, a range)
	}
	return d
}

// postalTownEnd returns the end of a postal code and its town at s[k] (75002 Paris,
// 1070 Wien, 31-147 Kraków, 1100-053 Lisboa, 411 38 Göteborg, 7411 HB Deventer, 8000
// Aarhus C), or k. Unless after a street, the town must be a listed city: isCity is
// given then.
func postalTownEnd(s []byte, k int, isCity func([]byte) bool) int {
	d := k
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	n := d - k
	switch {
	case (n == 2 || n == 4) && d+4 < len(s) && s[d] == '-' && isDigit(s[d+1]) && isDigit(s[d+2]) && isDigit(s[d+3]) && !isDigit(s[d+4]):
		d += 4 // Poland 31-147, Portugal 1100-053 (tested first: four digits are a code too)
	case n == 5 && d+4 < len(s) && s[d] == '-' && isDigit(s[d+1]) && isDigit(s[d+2]) && isDigit(s[d+3]) && !isDigit(s[d+4]):
		d += 4 // Brazil's CEP: 22050-002
	case n >= 4 && n <= 6:
		if d+3 < len(s) && s[d] == ' ' && s[d+1] >= 'A' && s[d+1] <= 'Z' && s[d+2] >= 'A' && s[d+2] <= 'Z' && s[d+3] == ' ' && n == 4 {
			d += 3 // the Netherlands: 7411 HB
		}
	case n == 3 && d+3 < len(s) && s[d] == ' ' && isDigit(s[d+1]) && isDigit(s[d+2]) && !isDigit(s[d+3]):
		d += 3 // Sweden, Czechia, Slovakia, Greece: 411 38
	default:
		return k
	}
	if d+2 >= len(s) || s[d] != ' ' {
		return k
	}
	end := d
	words := 0
	for words < 3 && end+1 < len(s) && s[end] == ' ' {
		e, _ := anyNameWordEnd(s, end+1)
		if p := townParticleEnd(s, end+1); words > 0 && p > end+1 {
			e = p // Rio de Janeiro, Santa Cruz do Sul: a particle in lower case and the next word
		}
		if e == end+1 {
			if words > 0 && s[end+1] >= 'A' && s[end+1] <= 'Z' && (end+2 == len(s) || !isLetter(s[end+2])) {
				e = end + 2 // Aarhus C, a district's letter
			} else {
				break
			}
		}
		if inLower(notNameWords, s[end+1:e]) {
			break
		}
		end = e
		words++
	}
	if words == 0 || isCity != nil && !isCity(s[d+1:end]) && !isCity(s[d+1:nthWordEnd(s, d+1)]) {
		return k
	}
	return end
}

// townParticleEnd returns, when a particle in lower case that towns' names hold (de, do,
// da, dos, das, del, di, la, le, sur, am, an, upon) and a capitalized word follow at
// s[k], the end of that word; else k.
func townParticleEnd(s []byte, k int) int {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e == k || e+2 >= len(s) || s[e] != ' ' || !equalFoldAny(s[k:e], "de", "do", "da", "dos", "das", "del", "di", "la", "le", "sur", "am", "an", "upon") {
		return k
	}
	if w, _ := anyNameWordEnd(s, e+1); w > e+1 && s[e+1] >= 'A' && s[e+1] <= 'Z' {
		return w
	}
	return k
}

// nthWordEnd returns the end of the word at s[k]: the next blank or comma.
func nthWordEnd(s []byte, k int) int {
	for k < len(s) && s[k] != ' ' && s[k] != ',' {
		k++
	}
	return k
}

// streetTypeWords name a street's type as a word of their own after its name (Mariahilfer
// Straße, Lange Gasse), lower case.
var streetTypeWords = map[string]bool{"straße": true, "strasse": true, "str.": true, "gasse": true,
	"weg": true, "allee": true, "platz": true, "damm": true, "ufer": true, "chaussee": true,
	"steig": true, "allé": true, // (not ring, markt: "the Olympic Ring 5 times"; not zeile, "line": "MRZ Zeile 1")
	"út": true, "utca": true, "tér": true, "körút": true, "sétány": true} // Hungarian, after the name

// houseNumberEnd returns the end of a house number at s[k] (88, 14/3, 12a, 10 B), or k.
func houseNumberEnd(s []byte, k int) int {
	d := k
	for d < len(s) && isDigit(s[d]) && d-k <= 4 {
		d++
	}
	if d == k || d-k > 4 {
		return k
	}
	if d < len(s) && s[d] >= 'a' && s[d] <= 'z' && (d+1 == len(s) || !isLetter(s[d+1])) {
		d++ // 12a
	} else if d+1 < len(s) && s[d] == '/' && isDigit(s[d+1]) {
		d += 2
		for d < len(s) && isDigit(s[d]) {
			d++
		}
	}
	if d < len(s) && isLetter(s[d]) {
		return k // a number run into a word: 2024er
	}
	return d
}

// streetSuffixes are the endings of street names written as one word in the languages of
// Europe (Musterstraße, Lindengasse, Storgatan, Vestergade, Kerkstraat, Hämeenkatu),
// lower case.
var streetSuffixes = []string{"straße", "strasse", "gasse", "weg", "allee", "platz", "ring",
	"damm", "ufer", "gatan", "vägen", "gränd", "gade", "vej", "straat", "laan", "gracht",
	"plein", "steeg", "katu", "tie", "kuja", "väylä", "gata", "veien", "stræde", "dijk", "kade",
	"singel", "burgwal", "hafen", "chaussee",
	// Danish, Norwegian and Swedish definite forms (Skovvejen, Storgaten, Stortorget) and
	// squares (Kongens Nytorv, Rådhuspladsen)
	"vejen", "gaden", "gaten", "plads", "pladsen", "torv", "torvet", "torget", "stien", "stigen",
	"boulevarden", "polku", "kaari"}

// notStreetCompounds are words that end as street names do and name a place of
// another kind, numbered (Arbeitsplatz 3, a workstation; Stellplatz 12, a parking
// space; Steckplatz 2, a slot), folded as streetSuffixEnd folds them.
var notStreetCompounds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`arbeitsplatz stellplatz parkplatz steckplatz sitzplatz speicherplatz
		liegeplatz lagerplatz ausbildungsplatz praktikumsplatz studienplatz schlafplatz abstellplatz
		behandlungsplatz messplatz prüfplatz pruefplatz werkplatz bildschirmarbeitsplatz`) {
		var buf [48]byte
		f := buf[:0]
		for _, c := range []byte(w) {
			f = append(f, foldByte(c))
		}
		m[string(f)] = true
	}
	return m
}()

// streetSuffixEnd returns the end of an address at the capitalized word s[i:j] that ends
// as a street name does, followed by a house number (Lindengasse 14/3, Hämeenkatu 10 B
// 12, Vestergade 27), or i.
func streetSuffixEnd(s []byte, i, j int) int {
	// Hauptstr. 118, Bahnhofstr. 3: German's abbreviated Straße, read with its full stop
	abbreviated := j-i >= 9 && s[j-1] == '.' && equalFold(s[j-4:j-1], "str")
	if j-i < 6 || j-i > 40 || j+1 >= len(s) || s[j] != ' ' || !isDigit(s[j+1]) {
		return i
	}
	var buf [48]byte
	word := buf[:0]
	for _, c := range s[i:j] {
		word = append(word, foldByte(c))
	}
	suffix := abbreviated
	for _, sf := range streetSuffixes {
		if len(word) >= len(sf)+3 && bytes.HasSuffix(word, []byte(sf)) {
			suffix = true
			break
		}
	}
	if !suffix || notStreetCompounds[string(word)] {
		return i
	}
	d := j + 1
	for d < len(s) && isDigit(s[d]) && d-j <= 5 {
		d++
	}
	if d-j > 5 || d < len(s) && isLetter(s[d]) && (d+1 < len(s) && isLetter(s[d+1])) {
		return i // a number of more digits, or a word: Hauptstraße 2024er
	}
	if d < len(s) && isLetter(s[d]) {
		d++ // 27a
	}
	if d+1 < len(s) && (s[d] == '/' || s[d] == '-') && isDigit(s[d+1]) {
		d += 2 // 14/3
		for d < len(s) && isDigit(s[d]) {
			d++
		}
	}
	if d+2 < len(s) && s[d] == ' ' && s[d+1] >= 'A' && s[d+1] <= 'Z' && s[d+2] == ' ' && d+3 < len(s) && isDigit(s[d+3]) {
		d += 3 // 10 B 12: a staircase and a flat
		for d < len(s) && isDigit(s[d]) {
			d++
		}
	}
	return d
}

// dominoOrganization returns the span of the organisation that ends a Domino
// hierarchical name whose common name ended at k: two or more '/'-separated parts
// (/Finance/TallinnFintech, /OU=Legal/O=Acme), each one word, the last the organisation.
// It returns k, k when none follows.
func dominoOrganization(s []byte, k int) (int, int) {
	parts, start := 0, k
	for k < len(s) && s[k] == '/' && parts < 5 {
		e := k + 1
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '=' || s[e] == '&' || s[e] >= 0x80) {
			e++
		}
		if e == k+1 || !isLetter(s[k+1]) && s[k+1] < 0x80 {
			return start, start
		}
		start = k + 1
		if eq := bytes.IndexByte(s[k+1:e], '='); eq >= 0 {
			start = k + 2 + eq // O=Acme: the name after its attribute
		}
		parts++
		k = e
	}
	if parts < 2 || k < len(s) && s[k] != ' ' && s[k] != '[' && s[k] != ',' && s[k] != ')' && s[k] != '"' && s[k] != '\'' && s[k] != ';' {
		return start, start
	}
	return start, k
}

// versionAfterName reports whether a name's words at s[:end] are followed by a version
// that ends the value: a blank, perhaps a short word of capitals (CM), a blank and
// digits with one or two dots (9.3, 2023.2.1), then a closing quote, or a bracket, a
// separator or the end after a word of capitals or two dots. A sum (Anna Berg 125.00,
// 12.5) and an address (10.1.2.3) are no version.
func versionAfterName(s []byte, end int) bool {
	k := end
	if k+2 >= len(s) || s[k] != ' ' {
		return false
	}
	k++
	capitals := false
	if w := k; s[w] >= 'A' && s[w] <= 'Z' {
		capitals = true
		for w < len(s) && s[w] >= 'A' && s[w] <= 'Z' {
			w++
		}
		if w-k > 4 || w >= len(s) || s[w] != ' ' {
			return false
		}
		k = w + 1
	}
	dots, digits, start := 0, 0, k
	for ; k < len(s) && (isDigit(s[k]) || s[k] == '.'); k++ {
		if s[k] == '.' {
			dots++
			digits = 0
		} else {
			digits++
		}
	}
	if dots < 1 || dots > 2 || k == start || !isDigit(s[start]) || s[k-1] == '.' || dots == 1 && digits == 2 {
		return false
	}
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		return true // the end of a quoted value
	}
	return (capitals || dots == 2) && (k == len(s) || s[k] == ')' || s[k] == ';' || s[k] == ',' || s[k] == '|')
}

// pharmacyNouns begin the names of pharmacies and small shops in the languages of Europe
// (Apotheke am Rathaus Bielefeld, Pharmacie Lambert-Dewilde, Apotheek De Linde), lower
// case: a pharmacy or a shop is most often its owner's business, and often named for
// them. (Hospitals and clinics are public institutions; their names stay.)
var pharmacyNouns = map[string]bool{"apotheke": true, "apotheek": true, "apotek": true, "apoteket": true,
	"pharmacie": true, "farmacia": true, "farmácia": true, "apteka": true, "lékárna": true, "lekáreň": true,
	"apteekki": true, "gyógyszertár": true, "ljekarna": true, "lekarna": true, "eczane": true,
	// Newsagents, tobacconists, bakers and butchers, which parcel shops often are
	// (Trafik Gruber, Edicola Bernasconi, Dagbladhandel Claes, Tabakszaak Het Hoekje)
	"trafik": true, "trafika": true, "tabaktrafik": true, "edicola": true, "tabaccheria": true, "tabacchi": true,
	"tabakszaak": true, "dagbladhandel": true, "krantenwinkel": true, "sigarenwinkel": true, "schreibwaren": true,
	"tabakwaren": true, "bäckerei": true, "metzgerei": true, "fleischerei": true, "boulangerie": true,
	"boucherie": true, "panetteria": true, "macelleria": true, "bakkerij": true, "slagerij": true, "piekarnia": true,
	"frituur": true, "trafiken": true, "kiosko": true, "papeterie": true, "papelería": true, "cartoleria": true}

// businessCompound reports a noun for a small business, a practice or a farm, most
// often named for its owner: Dutch compounds in -bedrijf (Melkveebedrijf Hoekstra,
// Loonbedrijf Hendriks) and German ones in -praxis and -kanzlei (Tierarztpraxis am
// Lindenhof, Steuerkanzlei Brandt).
func businessCompound(word []byte) bool {
	for _, suffix := range [...]string{"bedrijf", "praxis", "kanzlei"} {
		if n := len(word) - len(suffix); n >= 3 && equalFold(word[n:], suffix) {
			return true
		}
	}
	return false
}

// institutionParticles join the words of such a name: Apotheke am Markt, Farmacia de la
// Plaza, Pharmacie des Cèdres, Apotheek aan de Stroom.
var institutionParticles = map[string]bool{"am": true, "an": true, "der": true, "im": true, "zum": true, "zur": true,
	"de": true, "del": true, "della": true, "di": true, "la": true, "le": true, "les": true, "des": true, "du": true,
	"do": true, "da": true, "dos": true, "das": true, "van": true, "het": true, "aan": true, "i": true, "y": true}

// institutionWords are capitalized words that follow such a noun in the names of
// software and of departments, not of a business: Pharmacy Information System, Apotheke Login.
var institutionWords = map[string]bool{"information": true, "management": true, "admin": true, "login": true,
	"mode": true, "portal": true, "system": true, "systems": true, "software": true, "service": true, "services": true,
	"module": true, "suite": true, "network": true, "software-update": true, "api": true}

// institutionNameEnd returns the end of a pharmacy's or a small business's name that
// starts with the noun s[i:j] (or a word joined to it: Löwen-Apotheke) and runs on over one to four
// capitalized words and the particles between them, or i.
// legalFormFirstEnd returns the end of a French company's name written after its legal
// form, as farms, shops and practices are (EARL DU CLOS FLEURI, GAEC Le Goff Père et Fils,
// SARL Boulangerie Martin): the form in capitals and one to five words, capitalized or
// in capitals, particles between them; or i. (SAS, SCI and SNC name other things too.)
func legalFormFirstEnd(s []byte, i, j int) int {
	switch string(s[i:j]) {
	case "EARL", "GAEC", "SCEA", "SARL", "SASU", "EURL", "SELARL", "SCEV", "GFA":
	default:
		return i
	}
	end, e, words := i, j, 0
	for words < 5 && e+2 < len(s) && s[e] == ' ' {
		k := e + 1
		if n, _ := anyNameWordEnd(s, k); n > k && !inFolded(notNameWords, s[k:n]) {
			end, e = n, n
			words++
			continue
		}
		p := k
		for p < len(s) && isLetter(s[p]) {
			p++
		}
		if p == k || !equalFoldAny(s[k:p], "du", "de", "des", "la", "le", "les", "et", "d", "l", "aux", "sur") {
			break
		}
		if p < len(s) && s[p] == '\'' {
			p++ // d'Argent, L'Orée
			if n, _ := anyNameWordEnd(s, p); n > p {
				end, e = n, n
				words++
				continue
			}
			break
		}
		e = p
	}
	if words == 0 {
		return i
	}
	return end
}

func institutionNameEnd(s []byte, i, j int) int {
	word := s[i:j]
	if dash := bytes.LastIndexByte(word, '-'); dash > 0 {
		word = word[dash+1:]
	}
	if len(word) < 5 || len(word) > 22 || !inFolded(pharmacyNouns, word) && !businessCompound(word) {
		return i
	}
	end, e, words := i, j, 0
	for words < 4 && e+2 < len(s) && s[e] == ' ' {
		k := e + 1
		if n := nameWordEnd(s, k); n > k {
			if inFolded(notNameWords, s[k:n]) || inFolded(institutionWords, s[k:n]) || isGenericWord(s[k:n]) {
				break
			}
			end, e = n, n
			words++
			continue
		}
		p := k
		for p < len(s) && s[p] >= 'a' && s[p] <= 'z' {
			p++
		}
		if p == k || p-k > 5 || !institutionParticles[string(s[k:p])] {
			break
		}
		e = p
	}
	if words == 0 {
		return i
	}
	return end
}

// loginOfNameAfter reports whether the token s[i:j] is a login made of the personal name
// that follows it after two blanks or more, a tab or " (" (Empower's audit trail:
// "bnowak  Bartosz Nowak", LabWare's "SignedBy=MRICCI (Matteo Ricci)", Chromeleon's
// operator "hmadsen" (Henrik Madsen)) or in the next field of a CSV row (SuccessFactors'
// ,mnovakova,Markéta Nováková,): a part of the given name and of the surname, in either
// order.
func loginOfNameAfter(s []byte, i, j int) bool {
	if j-i < 4 || j-i > 32 || j+4 >= len(s) {
		return false
	}
	k := j
	csv, fieldEnd := false, byte(0)
	switch {
	case s[j] == ' ' && s[j+1] == '(':
		k = j + 2
	case (s[j] == ',' || s[j] == ';' || s[j] == '|') && i > 0 && s[i-1] == s[j]:
		k, csv, fieldEnd = j+1, true, s[j] // a CSV row's login, then its owner's name: ,mnovakova,Markéta Nováková,
		if d := digitsEnd(s[k:]); d >= 3 && d <= 12 && k+d < len(s) && s[k+d] == s[j] {
			k += d + 1 // an employee number between: UKG's ,jwhitaker,100482291,"Whitaker, Jolene",
		}
		if k+1 < len(s) && s[k] == '"' && s[j] != '|' {
			k, fieldEnd = k+1, '"' // the name quoted, as a comma in it requires
		}
	case s[j] == '"' && i >= 2 && s[i-1] == '"' && (s[j+1] == ',' || s[j+1] == ';') && s[i-2] == s[j+1] && s[j+2] == '"':
		k, csv, fieldEnd = j+3, true, '"' // quoted: "CDUBOIS","Clémence Dubois"
	case s[j] == '"' && i > 0 && s[i-1] == '"' && s[j+1] == ' ' && s[j+2] == '(':
		k = j + 3
	case s[j] == '\t':
		k = j + 1
	case s[j] == ' ' && s[j+1] == ' ':
		for k < len(s) && s[k] == ' ' {
			k++
		}
	default:
		if k = nameKeyValueAt(s, j); k == j {
			return false
		}
	}
	if k >= len(s) || s[k] < 'A' || s[k] > 'Z' && s[k] < 0x80 || !isAlnum(s[j-1]) || inFolded(notNameWords, s[i:j]) || isGenericWord(s[i:j]) {
		return false
	}
	end := k // the name: up to four capitalized words
	for e, words := k, 0; words < 4; words++ {
		f := nameWordEnd(s, e)
		if f == e {
			break
		}
		end = f
		if fieldEnd == '"' && words == 0 && f+2 < len(s) && s[f] == ',' && s[f+1] == ' ' {
			e = f + 2 // "Whitaker, Jolene": the surname first
			continue
		}
		if f+1 >= len(s) || s[f] != ' ' {
			break
		}
		e = f + 1
	}
	if csv && (end >= len(s) || s[end] != fieldEnd || !givenNameAtEither(s[k:end])) {
		return false // (the name is the whole next field, with a listed given name: not CEF's |link_create|Create Download Link|)
	}
	return nameFieldOfLoginParts(s[k:end], s[i:j])
}

// nameFieldOfLoginParts is nameFieldOfLogin for a login with a prefix or a suffix of its
// own (empadmin_jpetraitis, shoffmann_014, kw0412_sbrandt): the whole or a run of letters.
func nameFieldOfLoginParts(field, login []byte) bool {
	if nameFieldOfLogin(field, login) {
		return true
	}
	for a := 0; a < len(login); {
		b := a
		for b < len(login) && isLetter(login[b]) {
			b++
		}
		if b-a >= 4 && b-a < len(login) && nameFieldOfLogin(field, login[a:b]) {
			return true
		}
		a = b + 1
	}
	return false
}

// nameKeyValueAt returns where the value of a name's key starts when one follows the value
// that ends at s[j] (MasterControl's target="jmorel" fullname="Jean-Baptiste Morel",
// user=jdoe displayName="John Doe"), or j. (The value must then be a name the login is
// made of, so a hostname's or a file's key does no harm.)
func nameKeyValueAt(s []byte, j int) int {
	k := j
	if k < len(s) && s[k] == '"' {
		k++
	}
	if k >= len(s) || s[k] != ' ' {
		return j
	}
	k++
	key := k
	for k < len(s) && k-key <= 16 && (isLetter(s[k]) || s[k] == '_') {
		k++
	}
	if k-key < 4 || k+1 >= len(s) || s[k] != '=' && s[k] != ':' || !equalFold(s[k-4:k], "name") {
		return j
	}
	k++
	if s[k] == ' ' && s[k-1] == ':' {
		k++
	}
	if k < len(s) && s[k] == '"' {
		k++
	}
	return k
}

// givenNameAtEither reports whether the first or the last word of the name field is a
// listed given name (after a surname and a comma, the word after the comma).
func givenNameAtEither(field []byte) bool {
	first, rest := field, []byte(nil)
	if sp := bytes.IndexByte(field, ' '); sp > 0 {
		first, rest = field[:sp], field[sp+1:]
	}
	if n := len(first); n > 1 && first[n-1] == ',' {
		// "García, Miguel Ángel": the surname, then the given names
		second := rest
		if sp := bytes.IndexByte(rest, ' '); sp > 0 {
			second = rest[:sp]
		}
		return givenFirst(second) || givenFirst(field[bytes.LastIndexByte(field, ' ')+1:])
	}
	return givenFirst(first) || givenFirst(field[bytes.LastIndexByte(field, ' ')+1:])
}

// foldedLetters appends the letters of w to dst, folded to lower case ASCII (Wiśniewski is
// wisniewski, O'Connell is oconnell); a letter of another script ends it.
func foldedLetters(dst, w []byte) []byte {
	var buf [64]byte
	folded, _ := categories.FoldLatin(buf[:0], w)
	for _, c := range folded {
		if c >= 'a' && c <= 'z' && len(dst) < cap(dst) {
			dst = append(dst, c)
		}
	}
	return dst
}

// loginFromName reports whether login (folded letters) is made of a prefix of given and
// one of surname, in either order (jdoe, doej, johnd, wisniewt). (The surname alone is
// as often a word before a heading: "account.  Logon Account:".)
func loginFromName(login, given, surname []byte) bool {
	if len(login) < 4 {
		return false
	}
	for p := 1; p <= len(given) && p < len(login); p++ {
		if login[p-1] != given[p-1] {
			break
		}
		if r := login[p:]; len(r) >= min(3, len(surname)) && bytes.HasPrefix(surname, r) {
			return true
		}
	}
	for p := 1; p <= len(surname) && p <= len(login); p++ {
		if login[p-1] != surname[p-1] {
			break
		}
		if r := login[p:]; p >= 3 && len(r) >= 1 && bytes.HasPrefix(given, r) {
			return true
		}
	}
	return false
}

// loginOfNameBefore reports whether the token s[i:j] is a login made of the personal name
// in the field before it, as a CSV row gives both (Pronote's journal: ";DUPONT
// Sophie;s.dupont12;"): the fields split by the same ';', ',', '|' or tab.
func loginOfNameBefore(s []byte, i, j int) bool {
	if i < 6 || j-i < 4 || j-i > 32 || !isAlnum(s[j-1]) {
		return false
	}
	if s[i-1] == '(' && s[i-2] == ' ' && j < len(s) && s[j] == ')' {
		// A name and its login in brackets: "Katarzyna Walczak (kwalczak)": the last two
		// to four words before the bracket; a quoted name's words (driver="Sebastian
		// Brandt" (kw0412_sbrandt)).
		last := i - 2
		if s[last-1] == '"' {
			open := bytes.LastIndexByte(s[max(0, last-65):last-1], '"')
			return open >= 0 && nameFieldOfLoginParts(s[max(0, last-65)+open+1:last-1], s[i:j])
		}
		for k, words := last, 0; k > 0 && words < 4 && last-k <= 64; k-- {
			if s[k-1] != ' ' && k-1 > 0 {
				continue
			}
			if s[k-1] == ' ' {
				words++
				if words >= 2 && nameFieldOfLogin(s[k:last], s[i:j]) {
					return true
				}
			}
		}
		return false
	}
	quoted := s[i-1] == '"' && j < len(s) && s[j] == '"'
	a, b := i, j
	if quoted {
		a, b = i-1, j+1 // "Teamcenter","kwalczak": quoted fields
	}
	if a < 3 {
		return false
	}
	sep := s[a-1]
	if sep != ';' && sep != ',' && sep != '|' && sep != '\t' || b < len(s) && s[b] != sep {
		return false
	}
	end := a - 1
	if quoted {
		if s[end-1] != '"' {
			return false
		}
		end--
	}
	start := max(0, end-64)
	start += bytes.LastIndexByte(s[start:end], sep) + 1
	if quoted {
		if s[start] != '"' {
			return false
		}
		start++
	}
	return start < end && nameFieldOfLogin(s[start:end], s[i:j])
}

// nameFieldBeforeLogin returns the end of the field that starts at s[i] when it holds a
// personal name and the next field, after the separator sep, a login made of it
// (";ROCHE Martine;m.roche;"), or i.
func nameFieldBeforeLogin(s []byte, i int, sep byte) int {
	end := bytes.IndexByte(s[i:min(len(s), i+64)], sep)
	if end < 3 {
		return i
	}
	end += i
	next := end + 1
	for next < len(s) && next-end <= 33 && s[next] != sep {
		next++
	}
	if next-end-1 < 4 || next-end > 33 || next < len(s) && s[next] != sep || !accountBytes(s[end+1:next]) || !isAlnum(s[next-1]) ||
		!nameFieldOfLogin(s[i:end], s[end+1:next]) {
		return i
	}
	return end
}

// nameFieldOfLogin reports whether field is a personal name of two to four words, given
// name first or surname first, that login is made of.
func nameFieldOfLogin(field, loginBytes []byte) bool {
	var words [4][]byte
	n, surnameFirst := 0, false
	for k := 0; k < len(field); {
		e, _ := anyNameWordEnd(field, k)
		if e == k || n == len(words) || inFolded(notNameWords, field[k:e]) {
			return false
		}
		words[n] = field[k:e]
		n++
		if e == len(field) {
			break
		}
		if n == 1 && field[e] == ',' && e+1 < len(field) && field[e+1] == ' ' {
			e++ // "Whitaker, Jolene": the surname, a comma, the given names
			surnameFirst = true
		}
		if field[e] != ' ' {
			return false
		}
		k = e + 1
	}
	if n < 2 {
		return false
	}
	var lbuf [64]byte
	login := foldedLetters(lbuf[:0], loginBytes)
	givens := [3]int{0, n - 1, n - 1}
	if surnameFirst {
		givens[2] = 1 // "García, Miguel Ángel": the given name after the comma
	}
	for _, givenAt := range givens {
		var gbuf, sbuf [64]byte
		given := foldedLetters(gbuf[:0], words[givenAt])
		surname := sbuf[:0]
		for w := range n {
			if w != givenAt {
				surname = foldedLetters(surname, words[w])
			}
		}
		if len(given) > 0 && len(surname) >= 2 && loginFromName(login, given, surname) {
			return true
		}
	}
	return false
}

// initialSurnameLogin maps an initial and a surname written as one word and the login
// in brackets after it that is made of them (a field service order's technician,
// "T.Moreau (tmoreau)", "A.Haddad (ahaddad2)", or a mail address: "C.Bonnet
// (cbonnet@example.fr)"), and returns where the bracket closes; or 0.
func (w *worker) initialSurnameLogin(s []byte, i, j, base int) int {
	if j-i < 4 || s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' || j+5 >= len(s) || s[j] != ' ' || s[j+1] != '(' {
		return 0
	}
	if e, _ := anyNameWordEnd(s, i+2); e != j {
		return 0
	}
	end := bytes.IndexByte(s[j+2:min(len(s), j+72)], ')')
	if end < 3 {
		return 0
	}
	inner, cat := s[j+2:j+2+end], categories.Username
	if at := bytes.IndexByte(inner, '@'); at > 0 {
		inner, cat = inner[:at], categories.Email // C.Bonnet (cbonnet@example.fr): the mail address made of the name
	}
	if !accountBytes(inner) {
		return 0
	}
	var lbuf, sbuf [64]byte
	login := foldedLetters(lbuf[:0], inner)
	if !loginFromName(login, []byte{s[i] | 0x20}, foldedLetters(sbuf[:0], s[i+2:j])) {
		return 0
	}
	w.where = w.label("phrase", []byte("name (login)"))
	w.contextValue(categories.Fullname, s, i, j, base)
	w.contextValue(cat, s, j+2, j+2+end, base)
	return j + 3 + end
}
