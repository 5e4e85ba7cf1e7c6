package anon

import (
	"bufio"
	"bytes"
	_ "embed"
	"net/netip"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/siemanon/siemanon/categories"
)

//go:embed rawkeys.tsv
var rawKeysTable string

// rawKeyTable maps the keys of raw key=value and "Key: value" pairs to categories.
type rawKeyTable struct {
	single map[string]string // one-word keys, lower case
	multi  []rawKey          // multi-word keys ("account name"), longest first
	// byLastWord holds the multi-word keys by their last word, longest first, so most
	// "Word:" pairs are ruled out with one lookup and the rest compare a few keys.
	byLastWord map[string][]rawKey
	// shapes marks the (length, first letter, last letter) of every one-word key: most
	// keys of a line (LEN=, TTL=, PROTO=) are ruled out without hashing.
	shapes [32][32][32]bool
}

func keyShape(length int, first, last byte) (int, int, int, bool) {
	if length >= 32 {
		return 0, 0, 0, false
	}
	return length, int(first|0x20) & 31, int(last|0x20) & 31, true
}

type rawKey struct {
	key, category string
}

// keySeparators removes the '_' and '-' between a key's words.
var keySeparators = strings.NewReplacer("_", "", "-", "")

// personalDataKeyCategory are the categories whose keys' spellings are joined
// (loadRawKeys).
var personalDataKeyCategory = map[string]bool{categories.Fullname: true, categories.Geo: true,
	categories.Phone: true, categories.NationalID: true, categories.IBAN: true, categories.Email: true,
	categories.DeviceID: true, categories.Card: true, postalCodeValue: true}

func loadRawKeys() *rawKeyTable {
	t := &rawKeyTable{single: map[string]string{}, byLastWord: map[string][]rawKey{}}
	sc := bufio.NewScanner(strings.NewReader(rawKeysTable))
	var joinedKeys []rawKey
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			panic("anon: rawkeys.tsv: bad row " + line)
		}
		key, cat := strings.ToLower(fields[0]), fields[1]
		if strings.Contains(key, " ") {
			t.multi = append(t.multi, rawKey{key, cat})
			// multiBefore looks up the letters the key ends in: "utilisateur" for
			// "nom principal de l'utilisateur".
			last := len(key)
			for last > 0 && (isLetter(key[last-1]) || key[last-1] >= 0x80) {
				last-- // (a letter beyond ASCII is its bytes: записи, adı)
			}
			t.byLastWord[key[last:]] = append(t.byLastWord[key[last:]], rawKey{key, cat})
		} else {
			t.single[key] = cat
			if l, f, e, ok := keyShape(len(key), key[0], key[len(key)-1]); ok {
				t.shapes[l][f][e] = true
			}
			// A key for a person's data listed with '_' or '-' between its words is also
			// written without them, in camel case (patient_name, PatientName): lookup
			// folds a key to this form. Keys for logins, secrets and hosts are not: their
			// camel-case namesakes name other things (commonName, a certificate's host;
			// secretId, a secret's name; verifiedBy, a method). A key listed so in its
			// own right keeps its category.
			if joined := keySeparators.Replace(key); joined != key && joined != "" && personalDataKeyCategory[cat] {
				if _, listed := t.single[joined]; !listed {
					joinedKeys = append(joinedKeys, rawKey{joined, cat})
				}
			}
		}
	}
	for _, k := range joinedKeys {
		if _, listed := t.single[k.key]; !listed {
			t.single[k.key] = k.category
			if l, f, e, ok := keyShape(len(k.key), k.key[0], k.key[len(k.key)-1]); ok {
				t.shapes[l][f][e] = true
			}
		}
	}
	// Longest first, so "new account name" wins over "account name".
	longestFirst := func(keys []rawKey) {
		sort.SliceStable(keys, func(a, b int) bool { return len(keys[a].key) > len(keys[b].key) })
	}
	longestFirst(t.multi)
	for _, keys := range t.byLastWord {
		longestFirst(keys)
	}
	return t
}

var builtinRawKeys = loadRawKeys()

// lookup returns the category of a one-word key, or "". It does not allocate for keys of
// up to 64 bytes.
func (t *rawKeyTable) lookup(key []byte) string {
	if len(key) == 0 || len(key) > 64 {
		return ""
	}
	if key[0] >= 0x80 {
		// A key in another script (用户名, ПІБ): as written, or lower case by Unicode's rules.
		if c := t.single[string(key)]; c != "" {
			return c
		}
		return t.lookupUnicode(key)
	}
	direct := true // the key's shape is one of the table's
	if l, f, e, ok := keyShape(len(key), key[0], key[len(key)-1]); !ok || !t.shapes[l][f][e] {
		if bytes.IndexByte(key, '_') < 0 && bytes.IndexByte(key, '-') < 0 {
			return ""
		}
		direct = false
	}
	var buf [64]byte
	lower := buf[:len(key)]
	for i, c := range key {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	if direct {
		if c := t.single[string(lower)]; c != "" {
			return c
		}
	}
	// The same key written with '_' or '-' between its words (DEVICE_NAME, server-name):
	// the table holds it without them.
	n := 0
	for _, c := range lower {
		if c != '_' && c != '-' {
			lower[n] = c
			n++
		}
	}
	if n == len(lower) || n == 0 {
		return ""
	}
	return t.single[string(lower[:n])]
}

// lookupUnicode looks a key with letters beyond ASCII up in lower case by Unicode's rules
// (ПІБ:, Şifre=); keys in ASCII never come here.
func (t *rawKeyTable) lookupUnicode(key []byte) string {
	// Lowered into a buffer on the stack: a key in a script without case (用户名) is
	// looked up as written, without an allocation per key.
	var buf [128]byte
	lower := buf[:0]
	changed := false
	for i := 0; i < len(key); {
		r, size := utf8.DecodeRune(key[i:])
		l := unicode.ToLower(r)
		changed = changed || l != r
		lower = utf8.AppendRune(lower, l)
		i += size
	}
	if !changed {
		return "" // (looked up as written already)
	}
	return t.single[string(lower)]
}

// lookupWorded is lookup for a key that may be written in words, as CSV exports name
// their columns and some JSON exports their keys (First Name, Performed By User ID).
func (t *rawKeyTable) lookupWorded(last []byte) string {
	if c := t.lookup(last); c != "" || bytes.IndexByte(last, ' ') < 0 || len(last) > 64 {
		return c
	}
	// A column of words (First Name, Performed By User ID): a key of several words,
	// or the one-word key written with blanks (first_name, performedbyuserid).
	if c := t.lookupWords(last); c != "" {
		return c
	}
	var buf [64]byte
	joined := append(buf[:0], last...)
	for k, c := range joined {
		if c == ' ' {
			joined[k] = '_'
		}
	}
	if c := t.lookup(joined); c != "" {
		return c
	}
	// Its last two words, when they name an account, an address or a secret: Performed
	// By User ID, Session IP Address; not a display name, which the words before may
	// make a team's or a channel's (Team Display Name).
	if sp := bytes.LastIndexByte(joined, '_'); sp > 0 {
		if sp2 := bytes.LastIndexByte(joined[:sp], '_'); sp2 > 0 {
			switch c := t.lookup(joined[sp2+1:]); c {
			case categories.Username, categories.Email, categories.IP, categories.Address, categories.Secret, categories.Phone:
				return c
			}
		}
	}
	// A place's column for where someone lives or gets things: Home City, Home Postcode,
	// Billing Zip, Shipping City (Eventbrite's and shops' exports).
	if sp := bytes.IndexByte(joined, '_'); sp > 0 && bytes.Count(joined, []byte("_")) == 1 &&
		equalFoldAny(joined[:sp], "home", "work", "billing", "shipping", "mailing", "delivery", "postal", "business") &&
		t.lookup(joined[sp+1:]) == categories.Geo {
		return categories.Geo
	}
	// Its first word, when that names a national id: NIF adquirente, SSN (last 4).
	if sp := bytes.IndexByte(joined, '_'); sp > 0 && t.lookup(joined[:sp]) == categories.NationalID {
		return categories.NationalID
	}
	return ""
}

// lookupWords returns the category of a key of several words written as the table has it
// (any case), or "".
func (t *rawKeyTable) lookupWords(key []byte) string {
	for _, k := range t.multi {
		if len(k.key) == len(key) && equalFold(key, k.key) {
			return k.category
		}
	}
	return ""
}

// lookupAssigned is lookup for a key that a value is assigned to (key=value, an
// environment variable, --option=value), which also names a secret by its end
// (PGPASSWORD=, DB_PASSWORD=, GITHUB_TOKEN=). "Key: value" is not: check_ntlm_password:
// is a function's name, before prose.
func (t *rawKeyTable) lookupAssigned(key []byte) string {
	if len(key) > 2 && key[0] == '$' && isLetter(key[1]) {
		key = key[1:] // a PowerShell, PHP or Perl variable: $pw='...', $token = "..."
	}
	if c := t.lookup(key); c != "" {
		return c
	}
	if n := len(key); n > 5 && key[n-3] == '_' && key[n-2] == '_' && key[n-1]|0x20 == 'c' {
		// A Salesforce custom field: npsp__Contact1_Firstname__c, Home_City__c. Its name
		// is between the package's namespace and the "__c".
		key = key[:n-3]
		if ns := bytes.Index(key, []byte("__")); ns > 0 && ns+2 < len(key) {
			key = key[ns+2:]
		}
		if c := t.lookup(key); c != "" {
			return c
		}
	}
	if dot := bytes.LastIndexByte(key, '.'); len(key) > 64 && dot > 0 {
		key = key[dot+1:] // a long path of a data model: TR-069's InternetGatewayDevice.LANDevice.1...KeyPassphrase
	}
	if c := categoryBySuffix(key); c != "" {
		return c
	}
	if sep := bytes.IndexAny(key, "_-"); sep >= 3 && t.lookup(key[:sep]) == categories.NationalID {
		return categories.NationalID // DigiD's bsn_gemachtigde=, bsn_vertegenwoordigde=: whose number it is comes after
	}
	if sep := bytes.IndexAny(key, "_-"); sep >= 4 && sep+3 < len(key) && personRoleWord(key[:sep]) &&
		(t.lookup(key[sep+1:]) == categories.Fullname || equalFoldAny(key[sep+1:], "nom", "name", "naam", "nome", "nombre")) {
		return categories.Fullname // a casino cage's client_nom and client_prenom: a person's name by their role
	}
	if n := len(key); n >= 6 && n <= 64 && (key[n-5] == '_' || key[n-5] == '-') && equalFold(key[n-4:], "user") {
		return categories.Username // SF_USER=, DB_USER=, "smtp_user": a service's account
	}
	if n := len(key); n >= 6 && n <= 64 && string(key[n-4:]) == "User" && key[n-5] >= 'a' && key[n-5] <= 'z' &&
		!(key[0] == 'i' && key[1] == 's' && key[2] >= 'A' && key[2] <= 'Z') && !(key[0] == 'h' && key[1] == 'a' && key[2] == 's') { // (isSuperUser, hasUser: a flag)
		return categories.Username // Cerner's PrsnlUser=, loginUser, requestUser: camelCase
	}
	if n := len(key); n >= 6 && n <= 64 && (key[n-5] == '_' || key[n-5] == '-') && equalFold(key[n-4:], "host") {
		return categories.Address // db_host=, smtp_host=, SF_HOST=: a service's host, by its value an address or a name
	}
	if n := len(key); n >= 6 && n <= 64 && string(key[n-4:]) == "Host" && key[n-5] >= 'a' && key[n-5] <= 'z' &&
		!(key[0] == 'i' && key[1] == 's' && key[2] >= 'A' && key[2] <= 'Z') && !(key[0] == 'h' && key[1] == 'a' && key[2] == 's') {
		return categories.Address // Tomcat's remoteHost, ctrlHost: camelCase (not isHost, hasHost: a flag)
	}
	if n := len(key); n >= 5 && n <= 64 && (key[n-4] == '_' || key[n-4] == '-') && equalFold(key[n-3:], "tel") {
		return categories.Phone // responsable_tel=06 71 28 44 19 (not hotel, intel: the separator)
	}
	if n := len(key); n >= 5 && n <= 64 && (key[n-4] == '_' || key[n-4] == '-') && equalFold(key[n-3:], "geo") {
		return categories.Geo // Sift's prev_geo=, curr_geo=: a place, and its position in brackets
	}
	if n := len(key); n >= 5 && n <= 64 && (key[n-4] == '_' || key[n-4] == '-') && equalFoldAny(key[n-3:], "lat", "lng", "lon", "gps") {
		return categories.Coordinate // courier_lat=52.229871 courier_lng=21.003912, exif_gps=41.9073,12.4640
	}
	return secretBySuffix(key)
}

// roleKey reports whether key names a person's role (agent, driver, verifier), whose
// value is a login only when written as one (roleLoginValue).
func roleKey(key []byte) bool {
	return len(key) >= 5 && len(key) <= 14 && (inLower(roleWords, key) || inLower(staffRoleKeys, key))
}

// staffRoleKeys are the roles of staff that keys name besides roleWords, lower case:
// who drove, checked or dispatched.
var staffRoleKeys = map[string]bool{"driver": true, "verifier": true, "dispatcher": true, "courier": true,
	"cashier": true, "clerk": true, "inspector": true, "auditor": true, "picker": true, "packer": true}

// categorySuffixes end key names (or are the names) that say what their value is whatever comes before:
// wiredClientHostname, authorizedUsername, sourceIpAddress, EthernetMacAddress,
// ownerEmailAddress. Matched without regard to case, '_' and '-' aside.
var categorySuffixes = []struct{ suffix, category string }{
	{"hostname", categories.Hostname}, {"username", categories.Username},
	{"ipaddress", categories.IP}, {"macaddress", categories.MAC}, {"emailaddress", categories.Email},
	{"computername", categories.Hostname}, {"devicename", categories.Hostname},
	{"nodename", categories.Hostname},                            // Kubernetes' nodeName, OpenSearch's audit_node_name
	{"serverdisplayname", categories.Hostname},                   // Gallagher's serverDisplayName
	{"clientalias", categories.Hostname},                         // UniFi's CEF UNIFIclientAlias=Pixel 8 Pieter: a device named for its owner
	{"vpnuser", categories.Username},                             // UniFi's CEF UNIFIvpnUser
	{"crewaccount", categories.Username},                         // a vessel's crew internet and airtime account (crew_account=ab.reyes)
	{"msisdn", categories.Phone},                                 // contact_msisdn, callingMsisdn: a mobile number, with its "+" or without
	{"userlogin", categories.Username},                           // Canvas' real_user_login (who acted as another)
	{"login", loginOnlyValue},                                    // Canvas' grader_login: a person's (loginOwner), a word of its own
	{"userid", categories.Username},                              // PingFederate's localuserid, Azure's targetUserId (a GUID keeps its form)
	{"gaid", categories.DeviceID}, {"idfa", categories.DeviceID}, // device_gaid, customerIdfa
	{"userdomain", categories.Domain}, {"orgname", categories.Organization}, {"companyname", categories.Organization},
	// parts of a name, as profile changes write them: previous_last_name, updatedFirstName
	// (not familyname: Defender's threatFamilyName is a malware family's)
	{"lastname", categories.Fullname}, {"firstname", categories.Fullname}, {"givenname", categories.Fullname},
	{"receivername", categories.Fullname}, {"recipientname", categories.Fullname}, // PostNL's ReceiverName, a parcel's
	// a person's full name by their role (AVEVA's OperatorFullName, a ticket's
	// requesterFullName); not PackageFullName, a Windows app package's
	{"operatorfullname", categories.Fullname}, {"ownerfullname", categories.Fullname},
	{"agentfullname", categories.Fullname}, {"customerfullname", categories.Fullname}, {"requesterfullname", categories.Fullname},
	{"approverfullname", categories.Fullname}, {"employeefullname", categories.Fullname}, {"playerfullname", categories.Fullname},
	// a person's name by their role (ParentPay's PupilName and PayerName, a donor's,
	// a voter's, a witness's)
	{"pupilname", categories.Fullname}, {"studentname", categories.Fullname}, {"payername", categories.Fullname},
	{"parentname", categories.Fullname}, {"guardianname", categories.Fullname}, {"childname", categories.Fullname},
	{"donorname", categories.Fullname}, {"votername", categories.Fullname}, {"applicantname", categories.Fullname},
	{"candidatename", categories.Fullname}, {"visitorname", categories.Fullname}, {"attendeename", categories.Fullname},
	{"participantname", categories.Fullname}, {"beneficiaryname", categories.Fullname}, {"debtorname", categories.Fullname},
	{"deceasedname", categories.Fullname}, {"claimantname", categories.Fullname}, {"insuredname", categories.Fullname}, {"subscribername", categories.Fullname},
	{"borrowername", categories.Fullname}, {"requestername", categories.Fullname}, {"witnessname", categories.Fullname},
	{"custodianname", categories.Fullname}, {"timekeepername", categories.Fullname}, {"signername", categories.Fullname},
	// a ship's crew (a satellite airtime CDR's crew_name, a crew list's seafarer_name), a
	// parking permit's resident, a police report's officer and victim
	{"crewname", categories.Fullname}, {"seafarername", categories.Fullname}, {"crewmembername", categories.Fullname},
	{"residentname", categories.Fullname}, {"officername", categories.Fullname}, {"victimname", categories.Fullname},
	{"suspectname", categories.Fullname}, {"nextofkinname", categories.Fullname}, {"kinname", categories.Fullname},
	// courts' and prisons' parties: inmate_name, defendantName, offender_name
	{"inmatename", categories.Fullname}, {"offendername", categories.Fullname}, {"prisonername", categories.Fullname},
	{"defendantname", categories.Fullname}, {"detaineename", categories.Fullname}, {"plaintiffname", categories.Fullname},
	// national ids: patientAmka, holderSsn, klantBsn, subjectFiscalCode
	{"amka", categories.NationalID}, {"bsn", categories.NationalID}, {"pesel", categories.NationalID},
	{"cnp", categories.NationalID}, {"ssn", categories.NationalID}, {"ssin", categories.NationalID},
	{"svnr", categories.NationalID}, {"nino", categories.NationalID}, {"personnummer", categories.NationalID},
	{"codicefiscale", categories.NationalID}, {"fiscalcode", categories.NationalID}, {"fiscalnumber", categories.NationalID},
	{"nationalid", categories.NationalID}, {"taxid", categories.NationalID}, {"cprnumber", categories.NationalID},
	{"burgerservicenummer", categories.NationalID}, {"nationalidentitynumber", categories.NationalID},
	{"nhsnumber", categories.NationalID},                                                                      // patient_nhs_number
	{"idnr", categories.NationalID},                                                                           // ELSTER's mandant_idnr
	{"tckn", categories.NationalID},                                                                           // a Turkish e-invoice's alıcı_TCKN
	{"egn", categories.NationalID}, {"hetu", categories.NationalID}, {"fodselsnummer", categories.NationalID}, // submitter_egn, potilas_hetu
	{"personaskods", categories.NationalID}, {"asmenskodas", categories.NationalID}, {"isikukood", categories.NationalID},
	{"afm", categories.NationalID}, {"nationalnumber", categories.NationalID}, {"documentnummer", categories.NationalID}, {"numerodocumento", categories.NationalID},
	{"imei", categories.DeviceID}, {"imsi", categories.DeviceID}, {"iccid", categories.DeviceID},
	{"serialnumber", categories.DeviceID}, {"idfa", categories.DeviceID}, {"adid", categories.DeviceID},
	{"udid", categories.DeviceID}, {"deviceid", categories.DeviceID}, // phoneDeviceId, sourceDeviceId
	{"carduid", categories.DeviceID}, // accessCardUid
	// a thing's serial by its kind (DockSerial, InstrumentSN, tcuSerial, cabinet_sn): a
	// device a person carries or is assigned; not a certificate's (cert_serial)
	{"serial", categories.DeviceID}, {"sn", categories.DeviceID},
	// a position by its kind (last_pos, lastPosition, start_gps): in decimal degrees it is
	// a place; a value of no degrees stays
	{"pos", categories.Coordinate}, {"position", categories.Coordinate}, {"gps", categories.Coordinate},
	{"latitude", categories.Coordinate}, {"longitude", categories.Coordinate}, // Imperva's cs7Label=Visitor Latitude
	// a person's id by their role (member-id=sasaki.haruto, agentId, coach_id): their
	// login when shaped as one (idLoginValue); a number or a record's code stays
	{"id", idLoginValue},
	{"reviewer", categories.Username}, // second_reviewer, peerReviewer
	// a shop's addresses and contacts: billing_city, shipping_postcode, billing_address_1,
	// customerPhone, billing_email (WooCommerce, Magento, Shopware)
	{"city", categories.Geo}, {"postcode", categories.Geo}, {"zipcode", categories.Geo},
	{"postalcode", categories.Geo}, {"address1", categories.Geo}, {"address2", categories.Geo},
	{"street", categories.Geo}, {"phone", categories.Phone}, {"email", categories.Email},
	{"homeaddress", categories.Geo}, {"postaladdress", categories.Geo}, {"mailingaddress", categories.Geo},
	{"billingaddress", categories.Geo}, {"shippingaddress", categories.Geo}, {"deliveryaddress", categories.Geo},
	// Dutch compounds of adres: object_adres, woonadres, factuuradres (an e-mail's, an
	// IP's and a MAC's first)
	{"emailadres", categories.Email}, {"ipadres", categories.IP}, {"macadres", categories.MAC}, {"adres", categories.Geo},
}

// personRoleWord reports a word naming a person by their role, in English (personRoles)
// and in the words of European exports: client, klant, kunde, cliente, joueur, titulaire,
// a proxy vote's mandant and mandataire, an applicant (demandeur, aanvrager).
func personRoleWord(w []byte) bool {
	return inLower(personRoles, w) || equalFoldAny(w, "client", "klant", "kunde", "cliente", "joueur", "titulaire", "player", "paciente", "patiente",
		"mandant", "mandataire", "demandeur", "aanvrager", "antragsteller", "solicitante", "richiedente", "deelnemer", "teilnehmer")
}

// loginOwner reports who a key's "login" can be of (grader_login, studentLogin): a role
// or a person the key tables already name (roleWords, staffRoleKeys, personKeys,
// personRoles), or a teacher's or grader's; not failed_login or last_login.
func loginOwner(w []byte) bool {
	return inLower(roleWords, w) || inLower(staffRoleKeys, w) || inLower(personKeys, w) || inLower(personRoles, w) ||
		equalFoldAny(w, "grader", "teacher", "staff", "manager")
}

// categoryBySuffix returns the category a key's end names (categorySuffixes), or "".
func categoryBySuffix(key []byte) string {
	if len(key) < 8 || len(key) > 64 {
		return "" // (geo_city has eight bytes)
	}
	switch key[len(key)-1] | 0x20 {
	case 'e', 's', 'd', 'n', 'a', 'l', 'p', 'r', 'o', 'm', 'i', 'y', '1', '2', 't', 'u':
	default:
		return ""
	}
	var buf [64]byte
	n := 0
	for _, c := range key {
		if c == '_' || c == '-' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	folded := buf[:n]
	for _, cs := range categorySuffixes {
		if len(folded) >= len(cs.suffix) && string(folded[len(folded)-len(cs.suffix):]) == cs.suffix {
			if cs.suffix == "city" && len(key) > 4 && bytes.IndexByte([]byte("aoiAOI"), key[len(key)-5]) >= 0 {
				continue // memoryCapacity, velocity, electricity: words that end so (not geo_city)
			}
			if cs.category == categories.DeviceID && (cs.suffix == "serial" || cs.suffix == "sn") && bytes.Contains(folded, []byte("cert")) {
				continue // a certificate's serial: an issuer's number, no device's
			}
			if cs.suffix == "id" && !loginOwner(folded[:len(folded)-2]) {
				continue // session_id, request_id: no one's login
			}
			if cs.suffix == "login" && !loginOwner(folded[:len(folded)-5]) {
				continue // failed_login=STANDARD, last_login, auto_login: no one's login
			}
			if (len(cs.suffix) <= 4 || cs.suffix == "login") && cs.suffix != "city" && !suffixWordStart(key, len(cs.suffix)) {
				continue // a short one only as a word of its own: patientAmka, holder_ssn (not poznamka, a note)
			}
			return cs.category
		}
	}
	return ""
}

// suffixWordStart reports whether the last n bytes of key start a word of it: after '_'
// or '-', or a capital after a small letter (camelCase).
func suffixWordStart(key []byte, n int) bool {
	k := len(key) - n
	if k <= 0 {
		return true
	}
	prev, first := key[k-1], key[k]
	return prev == '_' || prev == '-' || first >= 'A' && first <= 'Z' && prev >= 'a' && prev <= 'z' ||
		!bytes.ContainsAny(key, "abcdefghijklmnopqrstuvwxyz") // (all in capitals, PATIENTSSN: no telling)
}

// secretSuffixes end the names of keys and environment variables that hold a secret
// whatever comes before: PGPASSWORD, DB_PASSWORD, --http-password, MYSQL_PWD,
// GITHUB_TOKEN, AWS_SESSION_TOKEN, SHARED_SECRET.
var secretSuffixes = []string{"password", "passwd", "_pwd", "-pwd", "_token", "-token", "secret",
	"passwort", "kennwort", // German compounds: Initialpasswort=, Einmalkennwort=
	"_pass", "-pass", "_api_key", "_apikey", "secret_key", "private_key", "_pw", "-pw", "bindpw",
	"secret-access-key", "secret_access_key", // --s3-secret-access-key, AWS_SECRET_ACCESS_KEY
	"-authorization", "_authorization", // Arkime's request-authorization, http_authorization
	"hmac_key", "hmac-key", // ACME's external account binding: --eab-hmac-key, _eab_hmac_key
	"passphrase",          // wpa_passphrase, TR-069's ...PreSharedKey.1.KeyPassphrase, ssl_passphrase
	"-api-key", "-apikey", // dhl-api-key=, x-api-key
	"_pin", "-pin", // a new or reset PIN: new_pin=, admin-pin
	"mac_key", "hmackey"} // a terminal's MAC_KEY=, a webhook's hmacKey

// secretBySuffix returns the secret category for a key that ends in one of
// secretSuffixes, in any case, sessionIDValue for one that names a session's id
// (sessionIDBySuffix), or "".
func secretBySuffix(key []byte) string {
	if len(key) < 6 || len(key) > 64 {
		return ""
	}
	switch key[len(key)-1] | 0x20 {
	case 'd', 'n', 't', 's', 'y', 'w', 'e':
	default:
		return ""
	}
	for _, suffix := range secretSuffixes {
		if len(key) >= len(suffix) && equalFold(key[len(key)-len(suffix):], suffix) {
			if flagKey(key[:len(key)-len(suffix)]) {
				return "" // a flag about a secret: Asterisk's UsingPassword="1", hasPassword=true
			}
			return categories.Secret
		}
	}
	if n := len(key); n >= 7 && string(key[n-5:]) == "Token" && key[n-6] >= 'a' && key[n-6] <= 'z' {
		return categories.Secret // a token named in camel case: ResetToken, __RequestVerificationToken
	}
	if n := len(key); n >= 5 && string(key[n-3:]) == "Pin" && key[n-4] >= 'a' && key[n-4] <= 'z' {
		return categories.Secret // a PIN named in camel case: newPin, lockerPin
	}
	return sessionIDBySuffix(key)
}

// flagKey reports whether a key's start makes what follows a yes or no: Using, Has, Is,
// Requires (UsingPassword, has_password, isPasswordSet).
func flagKey(start []byte) bool {
	start = bytes.TrimRight(start, "_-")
	return len(start) >= 2 && len(start) <= 8 && equalFoldAny(start, "using", "uses", "use", "has", "is", "requires", "require", "needs")
}

// sessionIDBySuffix returns sessionIDValue for a key that names a session's id or key by
// its end, in camel case or with '_' or '-' before it: CitrixSessionId, SessionKey,
// userSessionID, x_session_id, client-session-key; or an HTTP header X-...-Session.
func sessionIDBySuffix(key []byte) string {
	n := len(key)
	for _, suffix := range [...]string{"SessionId", "SessionID", "SessionKey"} {
		if n > len(suffix) && string(key[n-len(suffix):]) == suffix && key[n-len(suffix)-1] >= 'a' && key[n-len(suffix)-1] <= 'z' {
			return sessionIDValue
		}
	}
	for _, suffix := range [...]string{"session_id", "session-id", "sessionid", "session_key", "session-key"} {
		if n > len(suffix) && equalFold(key[n-len(suffix):], suffix) && (key[n-len(suffix)-1] == '_' || key[n-len(suffix)-1] == '-') {
			return sessionIDValue
		}
	}
	if n > 10 && (key[0] == 'x' || key[0] == 'X') && key[1] == '-' && equalFold(key[n-8:], "-session") {
		return sessionIDValue // an HTTP header that carries the session: X-App-Session, x-auth-session
	}
	return ""
}

// multiBefore returns the category of a multi-word key that ends at s[end] (exclusive),
// starting at a word boundary.
func (t *rawKeyTable) multiBefore(s []byte, end int) string {
	start := end
	for start > 0 && (isLetter(s[start-1]) || s[start-1] >= 0x80) {
		start--
	}
	if end-start > 48 || start == end {
		return ""
	}
	var buf [48]byte
	last := buf[:end-start]
	for i, c := range s[start:end] {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		last[i] = c
	}
	for _, k := range t.byLastWord[string(last)] {
		start := end - len(k.key)
		if start < 0 || !equalFold(s[start:end], k.key) {
			continue
		}
		if start == 0 || !isLetter(s[start-1]) && !isDigit(s[start-1]) && s[start-1] < 0x80 || start >= 2 && textEscapeAt(s, start-2) {
			return k.category // also after a tab or line break written as text (\n\tAccount Name:)
		}
	}
	return ""
}

// keepSet holds the values a user never wants rewritten (--keep): names compared without
// regard to case, and IP prefixes.
type keepSet struct {
	names    map[string]bool
	prefixes []netip.Prefix
	addrs    map[netip.Addr]bool // exact addresses: the built-in public resolvers
}

// publicResolvers is the built-in list of addresses every keepSet keeps.
var publicResolvers = func() map[netip.Addr]bool {
	m := map[netip.Addr]bool{}
	for _, v := range categories.PublicResolvers() {
		m[netip.MustParseAddr(v)] = true
	}
	return m
}()

func newKeepSet(values []string) (*keepSet, error) {
	k := &keepSet{names: map[string]bool{}, addrs: publicResolvers}
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" || strings.HasPrefix(v, "#") {
			continue
		}
		if p, err := netip.ParsePrefix(v); err == nil {
			k.prefixes = append(k.prefixes, p.Masked())
			continue
		}
		if a, err := netip.ParseAddr(v); err == nil {
			k.prefixes = append(k.prefixes, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		k.names[strings.ToLower(v)] = true
	}
	return k, nil
}

func (k *keepSet) has(v []byte) bool {
	if k == nil || len(k.names) == 0 || len(v) > 256 {
		return false
	}
	var buf [256]byte
	lower := buf[:len(v)]
	for i, c := range v {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return k.names[string(lower)]
}

func (k *keepSet) hasAddr(a netip.Addr) bool {
	if k == nil || len(k.prefixes) == 0 {
		return false
	}
	for _, p := range k.prefixes {
		if p.Contains(a.Unmap()) || p.Contains(a) {
			return true
		}
	}
	return false
}

// isAccountShaped reports whether a token can be an account name found by a phrase and is
// not a common word.
func isAccountShaped(v []byte) bool {
	return accountBytes(v) && !isStopword(v)
}

// accountBytes reports whether a token has the bytes of an account name.
// mumbleUserAt returns where the user's name starts in the run s[i:j] when the run is
// <SESSION:NAME(USER_ID)> as Mumble's server log writes it (the user id -1 for an
// unregistered user), or -1.
func mumbleUserAt(s []byte, i, j int) int {
	if i == 0 || s[i-1] != '<' {
		return -1
	}
	d := i
	for d < j && isDigit(s[d]) {
		d++
	}
	if d == i || d+1 >= j || s[d] != ':' || !accountBytes(s[d+1:j]) {
		return -1
	}
	e := j + 1
	if e < len(s) && s[e] == '-' {
		e++
	}
	n := e
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e > n && e+1 < len(s) && s[e] == ')' && s[e+1] == '>' {
		return d + 1
	}
	return -1
}

// ircPrefixAt reports whether the run s[i:j], before a '!', is ':' and the nick of an IRC
// message's prefix: :nick!user@host, then a blank.
func ircPrefixAt(s []byte, i, j int) bool {
	if j-i < 2 || s[i] != ':' || i > 0 && s[i-1] != ' ' || !accountBytes(s[i+1:j]) {
		return false
	}
	at := bytes.IndexByte(s[j:min(len(s), j+80)], '@')
	sp := bytes.IndexByte(s[j:min(len(s), j+200)], ' ')
	return at > 1 && sp > at && accountBytes(s[j+1:j+at])
}

func accountBytes(v []byte) bool {
	if len(v) == 0 || len(v) > 64 {
		return false
	}
	alnum := false
	for _, c := range v {
		switch {
		case isLetter(c) || isDigit(c):
			alnum = true
		case c == '.' || c == '_' || c == '-' || c == '$' || c == '@' || c == '\\':
		default:
			return false
		}
	}
	return alnum
}

// authWords are acronyms of authentication written in capitals where a login could
// stand: "utilisateur NTLM refusé".
var authWords = map[string]bool{"ntlm": true, "ntlmv2": true, "kerberos": true, "saml": true,
	"oauth": true, "oidc": true, "mfa": true, "otp": true, "totp": true, "pin": true, "tan": true,
	"sso": true, "radius": true, "tacacs": true, "cert": true, "pki": true, "none": true,
	"null": true, "anonymous": true, "unknown": true}

// titleWord reports a word of letters written capitalized: Click, Review, Runner.
func titleWord(v []byte) bool {
	if len(v) < 2 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for _, c := range v[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// fieldNameShaped reports a field's name written as a login could be: words joined by
// '_' ending in a field's word (request_id, user_name, src_ip): a header's column.
// realmRolesAt reports Pulse Secure's "(REALM)[ROLES]" after a user at s[j] (a '(').
func realmRolesAt(s []byte, j int) bool {
	c := bytes.IndexByte(s[j:min(len(s), j+64)], ')')
	return c > 1 && j+c+1 < len(s) && s[j+c+1] == '[' && bytes.IndexByte(s[j+c+1:min(len(s), j+c+130)], ']') > 0
}

// hyphenatedWords are English compounds written with a hyphen, shaped as logins are
// (agent check-in, operator sign-off).
var hyphenatedWords = map[string]bool{"check-in": true, "check-out": true, "log-in": true, "log-out": true,
	"sign-in": true, "sign-out": true, "sign-off": true, "opt-in": true, "opt-out": true, "set-up": true,
	"follow-up": true, "roll-out": true, "pop-up": true, "built-in": true, "plug-in": true, "add-on": true,
	"hand-off": true, "fail-over": true, "start-up": true, "shut-down": true, "clean-up": true, "back-up": true}

// prepositionFollows reports whether s[j:] starts with a blank and a preposition: the word
// before it is a verb (bound to, moved from), no name.
func prepositionFollows(s []byte, j int) bool {
	for _, p := range [...]string{" to ", " from ", " on ", " via ", " with ", " at ", " into "} {
		if hasPrefixAt(s, j, p) {
			return true
		}
	}
	return false
}

func fieldNameShaped(v []byte) bool {
	k := bytes.LastIndexByte(v, '_')
	if k < 0 {
		return false
	}
	switch string(v[k+1:]) {
	case "id", "name", "ip", "time", "type", "key", "code", "count", "size", "status", "uri", "url",
		"host", "port", "date", "ts", "addr", "agent":
		return true
	}
	return false
}

// roleWords are the roles of people whose login a log names after them, lower case.
var roleWords = map[string]bool{"agent": true, "analyst": true, "operator": true,
	"kierowca": true, "kierowcy": true, "fahrer": true, "fahrers": true, "chauffeur": true, "conducteur": true,
	"reviewer": true, "approver": true, "technician": true, "engineer": true,
	"caseworker": true, "handler": true, "supervisor": true, "employee": true,
	"requester": true, "assignee": true, "sachbearbeiter": true, "mitarbeiter": true,
	"bearbeiter": true, "agente": true, "operatore": true, "operador": true, "opérateur": true,
	"medewerker": true, "behandelaar": true, "pracownik": true, "handläggare": true,
	"sagsbehandler": true, "käsittelijä": true, "ügyintéző": true, "técnico": true,
	"admin": true, "administrator": true, "player": true, "gestionnaire": true, "producer": true,
	"officer": true, "witness": true, "instructor": true, "journalist": true, "reporter": true,
	"inspector": true, "editor": true, "redakteur": true, "redakteurin": true, "sachbearbeiterin": true,
	"mitarbeiterin": true, "bearbeiterin": true, "prüfer": true, "prüferin": true, "titulaire": true,
	"investigator": true, "trainer": true,
	// a casino's slot attendant, a registry's civil servant, a postman, a polling
	// station's chair, an inspector (attendant=E40718, funcionario=, cartero=,
	// voorzitter=, ispettore=)
	"attendant": true, "funcionario": true, "funcionaria": true, "cartero": true, "voorzitter": true,
	"ispettore": true, "ispettrice": true, "facteur": true, "postino": true,
	"conseiller": true, "conseillère": true, "adviser": true, "advisor": true, "berater": true, "beraterin": true,
	// clinicians, whose login a blood bank's or a ward's system names (médecin=dr.chaouchi)
	"médecin": true, "medecin": true, "infirmier": true, "infirmière": true, "medico": true, "médico": true,
	"doctor": true, "physician": true, "arzt": true, "ärztin": true, "pfleger": true, "nurse": true}

var roleWordShapes = newWordShapes(roleWords)

// usernameWords are the words for "user name" (or login) before "is" in the languages of
// European logs, lower case.
var usernameWords = map[string]bool{"username": true, "userid": true,
	"benutzername": true, "anmeldename": true, "gebruikersnaam": true, "identifiant": true,
	"usuario": true, "utente": true, "login-naam": true, "användarnamn": true,
	"brugernavn": true, "käyttäjätunnus": true, "felhasználónév": true, "nazwa": true}

var usernameWordShapes = newWordShapes(usernameWords)

// localizedUserWords are the words for "user" (and their inflections that stand before a
// name) in the languages of European logs, lower case.
var localizedUserWords = map[string]bool{
	"benutzer": true, "benutzers": true, "benutzerkennung": true, "benutzerkonto": true, "anwender": true, "utilisateur": true, "usuario": true,
	"utente": true, "utilizador": true, "utilizator": true, "utilizatorul": true,
	"utilizatorului": true, "gebruiker": true, "użytkownik": true, "użytkownika": true,
	"użytkownikowi": true, "uživatel": true, "uživatele": true, "užívateľ": true,
	"používateľa": true, "användare": true, "användaren": true, "bruger": true,
	"brugeren": true, "bruker": true, "brukeren": true, "käyttäjä": true, "käyttäjän": true,
	"felhasználó": true, "felhasználóm": true, "felhasználónév": true, "felhasználónevem": true, "korisnik": true, "korisnika": true, "uporabnik": true,
	"kasutaja": true, "vartotojas": true, "lietotājs": true, "kullanıcı": true,
	// Scripts without Latin letters, where a login in Latin letters stands out whatever
	// its shape (Ο χρήστης gpapadopoulos συνδέθηκε).
	"χρήστης": true, "χρήστη": true, "λογαριασμός": true, "пользователь": true,
	"пользователя": true, "потребител": true, "користувач": true, "користувача": true,
	"用户": true, "用戶": true, "使用者": true, "管理员": true, "管理者": true, "사용자": true,
	"관리자": true, "ユーザー": true, "משתמש": true, "المستخدم": true,
}

var localizedUserShapes = newWordShapes(localizedUserWords)

// loginAccountWords are the word for an account in the languages of Europe.
var loginAccountWords = map[string]bool{"account": true, "konto": true, "kontot": true, "kontoen": true,
	"compte": true, "cuenta": true, "conta": true, "konta": true}

// localizedUserWord reports whether p, its first letter in either case, is one of
// localizedUserWords.
func localizedUserWord(p []byte) bool {
	if !localizedUserShapes.may(p) {
		return false
	}
	var buf [32]byte
	b := append(buf[:0], p...)
	if b[0] < 0x80 {
		b[0] |= 0x20
	}
	return localizedUserWords[string(b)]
}

// loginShaped reports whether v is written as a login rather than a word: the bytes of an
// account with a '.', '_', '-' or digit in it (m.hofbauer, jlopez.ext, user01), or four
// to twelve capitals (SAP's and mainframes' MUELLERH).
func loginShaped(v []byte) bool {
	if len(v) < 3 || !accountBytes(v) || !hasLetter(v) || isStopword(v) {
		return false
	}
	if bytes.ContainsAny(v, "._-") || containsDigit(v) {
		return true
	}
	if len(v) < 4 || len(v) > 12 || isGenericWord(v) || inFolded(authWords, v) || techAcronyms[string(v)] {
		return false
	}
	for _, c := range v {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// deviceSerialShaped reports a device's serial number: 8 to 24 capitals and digits, four
// digits or more among them (CKUH205160123, 541530877).
func deviceSerialShaped(v []byte) bool {
	if len(v) < 8 || len(v) > 24 || !upperAlnum(v) {
		return false
	}
	digits := 0
	for _, c := range v {
		digits += btoi(isDigit(c))
	}
	return digits >= 4
}

// haproxyTimersAt reports whether HAProxy's timers start at s[k]: numbers (or -1) joined
// by '/', three of them for TCP (1/0/58914) and five for HTTP (0/0/1/34/35), then a blank.
func haproxyTimersAt(s []byte, k int) bool {
	parts := 0
	for k < len(s) {
		d := k + btoi(s[k] == '-' || s[k] == '+')
		e := d + digitRun(s[d:])
		if e == d {
			return false
		}
		parts++
		if e == len(s) || s[e] == ' ' {
			return parts == 3 || parts == 5
		}
		if s[e] != '/' {
			return false
		}
		k = e + 1
	}
	return false
}

// capitalsLogin reports a login written in capitals, digits and '_', as SAP and
// mainframes write them (BWEBER, EXT_MKOVAC), not a protocol's or a format's name.
func capitalsLogin(v []byte) bool {
	if len(v) < 3 || len(v) > 12 || techAcronyms[string(v)] || categories.IsWellKnownAccount(v) {
		return false
	}
	letters := 0
	for _, c := range v {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case isDigit(c) || c == '_':
		default:
			return false
		}
	}
	return letters >= 3
}

// techAcronyms are protocols' and formats' names in capitals, which a mainframe's login
// (JDOE) is shaped as: "Proxy Admin REST API" names no admin.
var techAcronyms = map[string]bool{"REST": true, "SOAP": true, "HTTP": true, "HTTPS": true, "JSON": true,
	"YAML": true, "GRPC": true, "LDAP": true, "LDAPS": true, "SAML": true, "OIDC": true, "SMTP": true,
	"IMAP": true, "AJAX": true, "CRUD": true, "UUID": true, "GUID": true, "NULL": true, "TRUE": true,
	"FALSE": true, "NONE": true, "SFTP": true, "FTPS": true, "SNMP": true, "RDP": true, "VNC": true,
	"HTML": true, "CSV": true, "UDP": true, "TCP": true, "ICMP": true, "MQTT": true, "AMQP": true}

// isStopword reports whether v, in any case, is one of phraseStopwords.
func isStopword(v []byte) bool { return inFolded(phraseStopwords, v) }

// inFolded reports whether v, folded to lower case (ASCII), is a key of m: short words
// only, without allocating.
func inFolded(m map[string]bool, v []byte) bool {
	if len(v) > 32 {
		return false
	}
	var buf [32]byte
	lower := buf[:len(v)]
	for i, c := range v {
		lower[i] = foldByte(c)
	}
	return m[string(lower)]
}

// phraseStopwords are words that follow "user" or "for" in log text without being a name.
var phraseStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`name names not unknown is was were has had have does did do with
		from for to in on at and or the a an session sessions authentication auth account accounts
		login logged logout logon id ids list group groups info information mode agent data
		process request requested password passwords exists exist created deleted added removed
		changed locked unlocked enabled disabled already successfully success failed failure of by
		that this which who profile must can cannot could should will would may might root
		invalid illegal unknown none any all some no yes true false null principal principals
		credentials credential rights right details attribute attributes object objects
		database db domain domains role roles directory policy rule rules settings setting
		wrong incorrect denied error bad expired set action actions mailbox mailboxes input
		interaction consent choice cancel cancellation abort interface quota context
		preference preferences home folder storage space access activity inactivity type
		level limit limits count command selection permission permissions privilege
		privileges token tokens key keys record records entry entries directories
		folders files via into onto using through peer peers connected disconnected
		online offline reachable unreachable`) {
		m[w] = true
	}
	return m
}()

// syslogHost finds the host of a syslog header at the start of s: RFC 3164
// ("Mmm dd hh:mm:ss HOST", also with a year as Cisco writes it) or RFC 5424 and ISO
// timestamps ("<PRI>1 2024-05-01T10:00:00Z HOST APP ..."). It returns the host's span.
func syslogHost(s []byte) (start, end int, ok bool) {
	i := 0
	rfc5424, iso, decimalComma, slashed := false, false, false, false
	if i < len(s) && s[i] == '<' {
		k := i + 1
		for k < len(s) && k < 5 && isDigit(s[k]) {
			k++
		}
		if k < len(s) && s[k] == '>' && k > i+1 {
			i = k + 1
		}
		if i+1 < len(s) && s[i] == '1' && s[i+1] == ' ' {
			i += 2 // RFC 5424 version
			rfc5424 = true
		}
	}
	if n := rfc3164Time(s[i:]); n > 0 {
		i += n
	} else if n := isoTime(s[i:]); n > 0 {
		decimalComma = n > 20 && s[i+19] == ','
		i += n
		iso = !rfc5424
	} else if n := sophosTime(s[i:]); n > 0 {
		i += n
		iso = true
	} else if n := slashedDateTime(s[i:]); n > 0 {
		i += n // Japanese and Chinese appliances' 2024/11/18 08:02:14: read as an ISO time is
		iso, slashed = true, true
	} else if n := dottedDayTime(s[i:]); n > 0 {
		i += n // a European appliance's 22.04.2024 02:50:21: read as an ISO time is
		iso = true
	} else if n := epochSecondsWithFraction(s[i:]); rfc5424 && n > 0 {
		i += n // Cisco Meraki: <134>1 1710242101.123456789 MX84 events ...
	} else {
		return 0, 0, false
	}
	if i >= len(s) || s[i] != ' ' {
		return 0, 0, false
	}
	if iso && i+6 < len(s) && (s[i+1] == '+' || s[i+1] == '-') && isDigit(s[i+2]) && isDigit(s[i+3]) && isDigit(s[i+4]) && isDigit(s[i+5]) && s[i+6] == ' ' {
		i += 6 // the zone apart from the time: "2024-11-25 06:33:22.129 +0800 gate-b5-04 abgd[1816]:"
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start = i
	if n := ontapEMSHost(s[start:]); n > 0 {
		return start + 1, start + 1 + n, true // NetApp ONTAP's EMS: [nas-ams-01:wafl.vol.autoSize.done:notice]:
	}
	for i < len(s) && s[i] != ' ' && s[i] != ':' && s[i] != '[' {
		i++
	}
	end = i
	if end < len(s) && s[end] == ':' {
		// The host may be an IPv6 address or a MAC, colons and all.
		if _, n, _, ok := categories.ParseIPv6(s[start:]); ok && start+n > end {
			end = start + n
		}
		if _, n, _, ok := categories.ParseMAC(s[start:]); ok && start+n > end {
			end = start + n
		}
		if end+1 < len(s) && s[end] == ':' && s[end+1] != ' ' {
			// "!1::1", "0!0:0::100:1": no host name goes on past a colon; the scan
			// reads the word whole.
			return 0, 0, false
		}
	}
	if end == start || end == len(s) || s[end] == '[' || isMonth(s[start:end]) || !isAlnum(s[start]) && !(s[start] >= 0x80 && isLetterAt(s, start)) {
		// No host, a program tag (sshd[12]:), a second timestamp, RFC 5424's "-", or
		// punctuation where a name starts ("!2001:db8::1"): the scan reads the word.
		return 0, 0, false
	}
	if isLogLevel(s[start:end]) {
		return 0, 0, false // an application log: "2024-05-01 10:00:00 INFO ..."
	}
	switch string(s[start:end]) {
	case "AS-REQ", "TGS-REQ", "AS-REP", "TGS-REP", "ENC-TS", "KRB-ERROR", "PKINIT":
		return 0, 0, false // Heimdal's KDC log: "2024-03-12T13:05:41 AS-REQ jdoe@REALM from ..."
	case "RX", "TX", "IN", "OUT", "RCV", "SND", "REQ", "RSP":
		return 0, 0, false // a direction: an alarm receiver's "2024-04-16 01:07:42 RX 100.64.12.77:25480 ..."
	}
	if isDigitsOnly(s[start:end]) {
		return 0, 0, false // a number, no host's name (a card's, an id): the scan reads it
	}
	if iso && !rfc5424 && !tagFollows(s[end:]) && serviceNameShaped(s[start:end]) {
		// An application's service where syslog has its host, no tag after it:
		// "2025-03-11T09:02:17Z fraud-gw level=info ...", "... mc-webhook POST /hooks".
		// A host has a digit or a dot (web-01, mail.example.com), or a tag follows it.
		return 0, 0, false
	}
	if hasPrefixAt(s, start, "Microsoft-Windows-") {
		return 0, 0, false // an event's provider where the host is left out: "2024-05-14 05:40:12 Microsoft-Windows-Security-Auditing 4624 ..."
	}
	if pidAfterBlank(s[end:]) {
		return 0, 0, false // a program that writes its own log, its pid apart: "Mar 12 13:40:01 sogod [2211]: ..."
	}
	if timeZones[string(s[start:end])] {
		// the timestamp's zone: Cisco IOS's "Dec  5 10:18:40.118 UTC: %SEC_LOGIN-...",
		// PostgreSQL's "2024-11-14 10:02:11.618 UTC LOG:  ..."
		return 0, 0, false
	}
	if end-start > 2 && s[start] == '0' && s[start+1] == 'x' && isHexRun(s[start+2:end]) {
		return 0, 0, false // a thread's address: MySQL's "2024-06-11 10:22:41 0x7f2a1c0f8700 INNODB ..."
	}
	if iso && eximIDShaped(s[start:end]) {
		return 0, 0, false // Exim's message id: "2024-03-12 09:20:17 1rk3dN-0004cT-0W <= ..."
	}
	if end+1 < len(s) && s[end] == ':' && s[end+1] == ' ' && (isLettersOnly(s[start:end]) || iso) && !hasPrefixAt(s, end+1, " %") && !hasPrefixAt(s, end+1, " *") {
		// A tag where the host is left out: "Jan  8 03:37:09 DENY: IN=eth0 ..." (an
		// iptables prefix), "kernel: ..."; a word of letters then ':' is no host but
		// before Cisco's "%FAC-n-MNEMONIC" (ciscoasa: %ASA-...) or a WLC's "*task:".
		return 0, 0, false
	}
	if bytes.IndexByte(s[start:end], '=') >= 0 || bytes.IndexByte(s[start:end], '"') >= 0 {
		return 0, 0, false // a key=value log after its timestamp: "... host=app01 user=..."
	}
	// After a bare ISO timestamp the next word is a host only in syslog's shape, "HOST
	// tag:" or "HOST tag[pid]:", or when it looks like one (web-01, fw1, h.example.com);
	// otherwise it is text: "2024-05-01 10:00:00 by alice".
	if iso && !hostShaped(s[start:end]) && (!tagFollows(s[end:]) || titleWord(s[start:end]) && !pidTagFollows(s[end:])) {
		// (A capitalized word is text, however a word with a colon follows it: GitHub
		// Actions' "2024-12-12T14:20:01.1210443Z Runner name: ...")
		return 0, 0, false
	}
	if iso && !tagFollows(s[end:]) && (versionShaped(s[start:end]) || scriptFileName(s[start:end]) || sourceLineShaped(s[start:end]) ||
		programFileName(s[start:end]) || configFileName(s[start:end])) {
		return 0, 0, false // an application's own text: "2024-11-18 08:02:14 v1.2.3 ready", "... config.yaml loaded"
	}
	if iso && !tagFollows(s[end:]) && loggerNameShaped(s[start:end]) {
		return 0, 0, false // a logger's name: "2025-11-18 09:10:07.300 MyID.Audit Operation=..."
	}
	if slashed && !tagFollows(s[end:]) && !hasPrefixAt(s, end, " [") {
		// Go's log package writes "2024/11/18 08:02:14 message": a host only before a
		// program's tag or a level in brackets ("itm-tky-01 [情報]"), not config.yaml.
		return 0, 0, false
	}
	if decimalComma && !tagFollows(s[end:]) {
		// Python's logging and log4j write "2024-05-01 10:00:00,123 LOGGER ...": a
		// logger's name (fail2ban.actions) where syslog has its host. ProFTPD writes
		// "HOST proftpd[pid]".
		return 0, 0, false
	}
	return start, end, true
}

// prefixedLogin reports a login of a short prefix, '_' or '.', and an initial and a
// surname: so2_dreiter, so_mvirtanen, adm.jdoe.
func prefixedLogin(v []byte) bool {
	k := bytes.LastIndexAny(v, "_.")
	return k >= 2 && k <= 6 && isAlnumRun(v[:k]) && initialThenSurname(v[k+1:])
}

// loggerNameShaped reports whether w is written as an application's logger is, not as
// a host: two dotted parts or more, each capitalized, two of them with a lower case letter
// (MyID.Audit, Lely.T4C.Services), the last longer than a top-level domain's three and
// none of the private ones (Srv.Example.Local is a host).
func loggerNameShaped(w []byte) bool {
	parts, mixed, lower := 0, 0, false
	for k := 0; k <= len(w); k++ {
		if k < len(w) && w[k] != '.' {
			lower = lower || w[k] >= 'a' && w[k] <= 'z'
			continue
		}
		start := bytes.LastIndexByte(w[:k], '.') + 1
		if k == start || w[start] < 'A' || w[start] > 'Z' {
			return false
		}
		parts++
		if lower {
			mixed++
		}
		if k == len(w) && (k-start <= 3 || !lower || equalFoldAny(w[start:], "local", "intern", "internal", "corp", "home", "domain")) {
			return false
		}
		lower = false
	}
	return parts >= 2 && mixed >= 2
}

// serviceNameShaped reports whether w is words of lower-case letters joined by '-', as
// services are named (fraud-gw, payment-svc), no digit or dot as hosts mostly have.
func serviceNameShaped(w []byte) bool {
	if len(w) < 3 || w[0] == '-' || w[len(w)-1] == '-' || bytes.IndexByte(w, '-') < 0 {
		return false
	}
	for _, c := range w {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// ontapEMSHost returns the length of the node's name in NetApp ONTAP's event header at
// the start of s, [NODE:event.name:severity]:, or 0.
func ontapEMSHost(s []byte) int {
	if len(s) < 8 || s[0] != '[' {
		return 0
	}
	colon := bytes.IndexByte(s[1:min(len(s), 66)], ':') + 1
	if colon < 2 || !hostShaped(s[1:colon]) && !isAccountShaped(s[1:colon]) {
		return 0
	}
	end := bytes.IndexByte(s[colon:min(len(s), colon+128)], ']')
	if end < 0 || colon+end+1 >= len(s) || s[colon+end+1] != ':' {
		return 0
	}
	event := s[colon+1 : colon+end]
	if bytes.IndexByte(event, '.') <= 0 || bytes.IndexByte(event, ':') <= 0 || bytes.IndexByte(event, ' ') >= 0 {
		return 0
	}
	return colon - 1
}

// printedDocumentBefore reports whether "Document N, " ends just before s[i], as the
// print spooler writes a job's number before the document's name.
func printedDocumentBefore(s []byte, i int) bool {
	k := i - 2
	if k < 10 || s[k] != ',' || s[k+1] != ' ' {
		return false
	}
	d := k
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	return d < k && d >= 9 && string(s[d-9:d]) == "Document "
}

// pidAfterBlank reports whether rest starts with " [", digits and "]:".
func pidAfterBlank(rest []byte) bool {
	if len(rest) < 5 || rest[0] != ' ' || rest[1] != '[' {
		return false
	}
	k := 2
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	return k > 2 && k+1 < len(rest) && rest[k] == ']' && rest[k+1] == ':'
}

// pidTagFollows reports whether what follows is surely a program's tag: one with its
// process id (sshd[12]:), the kernel's, or a name no word of prose is (postfix/smtpd:,
// dnsmasq-dhcp:, ntpd_intres:).
func pidTagFollows(rest []byte) bool {
	k := bytes.IndexByte(rest[:min(len(rest), 64)], ':')
	if k <= 0 {
		return false
	}
	tag := bytes.TrimLeft(rest[:k], " ")
	return bytes.IndexByte(tag, '[') > 0 && tag[len(tag)-1] == ']' || string(tag) == "kernel" ||
		len(tag) > 0 && bytes.IndexByte(tag, ' ') < 0 && bytes.ContainsAny(tag, "/-_0123456789")
}

// epochSecondsWithFraction returns the length of a Unix time of ten digits, a '.' and one
// to nine digits at the start of s, or 0.
func epochSecondsWithFraction(s []byte) int {
	if len(s) < 12 || !isDigitsOnly(s[:10]) || s[10] != '.' {
		return 0
	}
	n := 11
	for n < len(s) && n < 20 && isDigit(s[n]) {
		n++
	}
	if n == 11 {
		return 0
	}
	return n
}

// ciscoLine reports whether w names a terminal line of a Cisco device: console, vty0, tty2,
// aux0.
func ciscoLine(w []byte) bool {
	k := len(w)
	for k > 0 && isDigit(w[k-1]) {
		k--
	}
	return equalFoldAny(w[:k], "console", "vty", "tty", "aux", "con")
}

// timeZones are the abbreviations of time zones that devices write after a timestamp
// (Cisco IOS with "service timestamps log datetime show-timezone").
var timeZones = map[string]bool{"UTC": true, "GMT": true, "CET": true, "CEST": true, "EET": true,
	"EEST": true, "WET": true, "WEST": true, "BST": true, "IST": true, "MSK": true, "EST": true,
	"EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true,
	"AKST": true, "AKDT": true, "HST": true, "JST": true, "KST": true, "SGT": true, "HKT": true,
	"AEST": true, "AEDT": true, "ACST": true, "AWST": true, "NZST": true, "NZDT": true, "SAST": true,
	"TRT": true, "GST": true, "PKT": true, "ICT": true, "WIB": true, "PHT": true, "BRT": true, "ART": true}

// logLevels are the severity words of application logs, upper case.
var logLevels = map[string]bool{
	"TRACE": true, "DEBUG": true, "INFO": true, "NOTICE": true, "WARN": true, "WARNING": true,
	"ERROR": true, "ERR": true, "SEVERE": true, "FATAL": true, "CRITICAL": true, "CRIT": true,
	"ALERT": true, "EMERG": true, "EMERGENCY": true, "FINE": true, "FINER": true, "FINEST": true,
	// Serilog's and zerolog's three letters: "2024-12-04T11:47:03.002Z INF DigitalPost..."
	"INF": true, "WRN": true, "DBG": true, "FTL": true, "TRC": true, "VRB": true,
}

// isLogLevel reports whether w is a log level, in any case.
func isLogLevel(w []byte) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	for k, c := range w {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[k] = c
	}
	return logLevels[string(buf[:len(w)])]
}

// hostShaped reports whether w has a digit, a dot or a hyphen, as host names mostly do
// and words of text do not.
func hostShaped(w []byte) bool {
	for _, c := range w {
		if isDigit(c) || c == '.' || c == '-' {
			return true
		}
	}
	return false
}

// tagFollows reports whether rest, what follows a syslog host, starts with a program tag:
// blanks, then a word ending in ':' or '['.
func tagFollows(rest []byte) bool {
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if i == 0 {
		return false
	}
	for j := i; j < len(rest); j++ {
		switch rest[j] {
		case ':', '[':
			return j > i
		case ' ', '\t':
			return false
		}
	}
	return false
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// localizedMonths are the month abbreviations journald and syslog daemons write under
// other locales (%b): German, French, Spanish, Italian, Dutch, Portuguese and Polish, as
// written with their dots. English ones are months' own.
var localizedMonths = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Mär Mai Okt Dez
		janv. févr. mars avr. juin juil. août sept. oct. nov. déc.
		ene ene. feb. abr abr. may. jun. jul. ago ago. sep. sept. oct. nov. dic dic.
		gen mag giu lug set ott
		mrt mei
		fev out dez
		sty lut kwi maj cze lip sie wrz paź lis gru`) {
		m[w] = true
		m[strings.ToLower(w)] = true
	}
	return m
}()

// localizedMonthLen returns the length of a localized month abbreviation
// (localizedMonths) at the start of s, before a blank, or 0.
func localizedMonthLen(s []byte) int {
	n := 0
	for n < len(s) && n < 8 && s[n] != ' ' {
		n++
	}
	if n < 3 || n == len(s) || !localizedMonths[string(s[:n])] {
		return 0
	}
	return n
}

// rfc3164Time returns the length of "Mmm dd hh:mm:ss" (or "Mmm dd yyyy hh:mm:ss") at the
// start of s, or 0.
func rfc3164Time(s []byte) int {
	if len(s) < 15 {
		return 0
	}
	month := 0
	for _, m := range months {
		if string(s[:3]) == m {
			month = 3
			break
		}
	}
	if month == 0 {
		month = localizedMonthLen(s)
	}
	if month == 0 || s[month] != ' ' {
		return 0
	}
	i := month + 1
	if s[i] == ' ' {
		i++
	}
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return 0
	}
	i++
	year := false
	if i+5 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && s[i+4] == ' ' {
		i += 5 // a year
		year = true
	}
	if i+8 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || s[i+2] != ':' || !isDigit(s[i+3]) || !isDigit(s[i+4]) ||
		s[i+5] != ':' || !isDigit(s[i+6]) || !isDigit(s[i+7]) {
		return 0
	}
	i += 8
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		i++
	}
	if i < len(s) && s[i] == ':' && i+1 < len(s) && s[i+1] == ' ' {
		// "Aug  6 2020 11:01:37: %ASA...": the colon ends the header, no host follows.
		return 0
	}
	if !year && i+6 <= len(s) && s[i] == ' ' && (s[i+1] == '1' || s[i+1] == '2') && isDigit(s[i+2]) && isDigit(s[i+3]) && isDigit(s[i+4]) && s[i+5] == ' ' {
		i += 5 // the year after the time, as HPE Comware writes it: "Nov 19 17:02:11 2024 HOST %%10..."
	}
	return i
}

// isoTime returns the length of an RFC 3339 timestamp at the start of s, or 0.
// dottedDayTime returns the length of a timestamp written day first with dots,
// "DD.MM.YYYY HH:MM:SS" and an optional fraction, at the start of s, or 0.
func dottedDayTime(s []byte) int {
	const layout = "00.00.0000 00:00:00"
	if len(s) < len(layout) {
		return 0
	}
	for k := 0; k < len(layout); k++ {
		if layout[k] == '0' && !isDigit(s[k]) || layout[k] != '0' && s[k] != layout[k] {
			return 0
		}
	}
	if s[0] > '3' || s[3] > '1' {
		return 0
	}
	n := len(layout)
	if n < len(s) && (s[n] == '.' || s[n] == ',') {
		k := n + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k > n+1 {
			n = k
		}
	}
	return n
}

func isoTime(s []byte) int {
	if len(s) < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' {
		return 0
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !isDigit(s[k]) {
			return 0
		}
	}
	i := 19
	if i+1 < len(s) && s[i] == ',' && isDigit(s[i+1]) {
		i++ // a decimal comma: 13:10:00,123 (ProFTPD, log4j)
	}
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == 'Z' || s[i] == '+' || s[i] == '-' || s[i] == ':') {
		i++
	}
	return i
}

// sophosTime returns the length of Sophos UTM's timestamp, 2024:03:12-08:45:10, at the
// start of s, or 0.
func sophosTime(s []byte) int {
	if !dateTimeLayout(s, ':', '-') {
		return 0
	}
	return 19
}

// dateTimeLayout reports a date and a time of 19 bytes at the start of s, YYYY?MM?DD
// with sep between the date's parts, then mid, then hh:mm:ss.
func dateTimeLayout(s []byte, sep, mid byte) bool {
	if len(s) < 19 || s[4] != sep || s[7] != sep || s[10] != mid || s[13] != ':' || s[16] != ':' {
		return false
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// configFileName reports a configuration file's name (config.yaml, app.toml), which an
// application names after its timestamp where syslog has its host.
func configFileName(v []byte) bool {
	dot := bytes.LastIndexByte(v, '.')
	return dot > 0 && equalFoldAny(v[dot+1:], "yaml", "yml", "toml", "ini", "properties", "env", "xml", "json", "conf", "cfg")
}

// slashedDateTime returns the length of a date and time written 2024/11/18 08:02:14,
// with or without a fraction of a second, at the start of s, or 0.
func slashedDateTime(s []byte) int {
	if !dateTimeLayout(s, '/', ' ') {
		return 0
	}
	n := 19
	if n+1 < len(s) && s[n] == '.' && isDigit(s[n+1]) {
		n++
		for n < len(s) && isDigit(s[n]) {
			n++
		}
	}
	return n
}

// httpMethods are the request methods that start a request target (a URL path).
var httpMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "DELETE": true,
	"HEAD": true, "OPTIONS": true, "PATCH": true, "CONNECT": true, "TRACE": true,
	"PROPFIND": true, "PROPPATCH": true, "MKCOL": true, "COPY": true, "MOVE": true, "LOCK": true, "UNLOCK": true}

// accessLogPrefix recognises the start of an NCSA common or combined access log line
// (Apache, nginx): "[vhost] host ident authuser [dd/Mon/yyyy:...", the month also in
// digits. It returns the offset
// of the '[' that opens the time, or -1.
func accessLogPrefix(s []byte) int {
	limit := min(len(s), 512)
	for k := 1; k+13 < limit; k++ {
		next := bytes.IndexByte(s[k:limit], '[')
		if next < 0 {
			return -1
		}
		k += next
		if k+13 < limit && s[k-1] == ' ' && isDigit(s[k+1]) && isDigit(s[k+2]) && s[k+3] == '/' &&
			(isLetter(s[k+4]) && s[k+7] == '/' && isDigit(s[k+8]) && s[k+12] == ':' ||
				isDigit(s[k+4]) && isDigit(s[k+5]) && s[k+6] == '/' && isDigit(s[k+7]) && s[k+11] == ':') {
			return k // [dd/Mon/yyyy:, or a LogFormat's %{%d/%m/%Y:%T %z}t: [dd/mm/yyyy:
		}
	}
	return -1
}

// trimDot returns v without a sentence's dot at its end.
func trimDot(v []byte) []byte { return bytes.TrimSuffix(v, []byte(".")) }

// accountEventBefore reports whether the words before a colon name an event of an
// account: "account" or "user" and a participle (account created, user locked), or a
// login attempt.
func accountEventBefore(s []byte, prev1, prev2 span) bool {
	p1, p2 := s[prev1.start:prev1.end], s[prev2.start:prev2.end]
	if len(p1) == 7 && prev2.end+1 == prev1.start && equalFold(p1, "attempt") && equalFoldAny(p2, "login", "logon") {
		return true // ownCloud: Login attempt: "emarchand"
	}
	return len(p1) >= 5 && len(p1) <= 9 && p1[len(p1)-1]|0x20 == 'd' && (len(p2) == 4 || len(p2) == 7) && prev2.end+1 == prev1.start &&
		equalFoldAny(p2, "user", "account") &&
		equalFoldAny(p1, "created", "deleted", "removed", "disabled", "enabled", "locked", "unlocked", "added", "modified", "renamed", "expired")
}

// staffNumberLogin reports a login made of one or two lower case letters and a staff
// number of five to eight digits (u418832, ab12345), as companies hand out.
func staffNumberLogin(v []byte) bool {
	k := 0
	for k < len(v) && k < 3 && v[k] >= 'a' && v[k] <= 'z' {
		k++
	}
	return k >= 1 && k <= 2 && len(v)-k >= 5 && len(v)-k <= 8 && isDigitsOnly(v[k:])
}

// fromWordFirst marks the first letters of fromWordThenAddress's words, a cheap test
// before it.
var fromWordFirst = func() (t [256]bool) {
	for _, c := range "dvafzoDVAFZO" {
		t[c] = true
	}
	return t
}()

// loginNounBefore reports whether a login's noun and a colon come just before s[i], in
// one of Europe's languages: "Nieudane logowanie: pgrabowski z 89.64.21.117", "Failed
// login: ", "Échec de connexion : ".
func loginNounBefore(s []byte, i int) bool {
	k := i - 2
	if k < 5 || s[i-1] != ' ' || s[k] != ':' {
		return false
	}
	if s[k-1] == ' ' {
		k-- // (French puts a blank before its colon)
	}
	e := k
	for k > 0 && (isLetter(s[k-1]) || s[k-1] >= 0x80) {
		k--
	}
	return equalFoldAny(s[k:e], "login", "logon", "logowanie", "logowania", "connexion", "anmeldung", "inloggning", "inloggen",
		"aanmelding", "accesso", "acceso", "login-versuch", "přihlášení", "prihlásenie", "bejelentkezés", "kirjautuminen")
}

// loginBesideOwnAddress reports a login s[i:j] followed by its own mail address in
// brackets, the login as the address's local part: "lfigueroa (lfigueroa@example.gov)".
func loginBesideOwnAddress(s []byte, i, j int) bool {
	n := j - i
	at := j + 2 + n
	return n >= 3 && at+3 < len(s) && s[at] == '@' && string(s[j+2:at]) == string(s[i:j]) && accountBytes(s[i:j]) && hasLetter(s[i:j])
}

// assignedToLogin reports a login (with a login's marks, or an initial and a surname)
// after "to" and a verb of assigning, in English, Polish, Dutch, German, Swedish,
// French, Spanish and Italian: "assigned to e.sobczak", "przypisano do e.sobczak".
func assignedToLogin(s []byte, i, j int, to []byte, prev2 span) bool {
	if !equalFoldAny(to, "to", "do", "aan", "till", "an", "à", "a") || prev2.end <= prev2.start {
		return false
	}
	v := trimDot(s[i:j])
	if !markedLogin(v) && !initialThenSurname(v) {
		return false
	}
	if dot := bytes.IndexAny(v, "._"); dot > 0 && equalFoldAny(v[:dot], "team", "group", "queue", "support", "helpdesk", "servicedesk", "ops", "grp", "tier") {
		return false // a queue: team.support, queue_l2
	}
	return equalFoldAny(s[prev2.start:prev2.end], "assigned", "reassigned", "escalated", "forwarded", "transferred", "delegated",
		"przypisano", "przypisana", "przypisany", "przekazano", "toegewezen", "doorgestuurd", "zugewiesen", "weitergeleitet",
		"tilldelad", "tilldelat", "assigné", "assignée", "attribué", "attribuée", "asignado", "asignada", "assegnato", "assegnata")
}

// pairOrDashAfter reports a key=value pair or a " - " after the word ending at s[j]: the
// login of "qty=-48 by a.nowicka site=0127" and "Swapped by kmurray_camp - aircon fault"
// ends where the line goes on with a field or a dash.
func pairOrDashAfter(s []byte, j int) bool {
	if hasPrefixAt(s, j, " - ") {
		return true
	}
	if j+3 >= len(s) || s[j] != ' ' || !isLetter(s[j+1]) {
		return false
	}
	k := j + 1
	for k < len(s) && k-j < 40 && isTokenByte(s[k]) {
		k++
	}
	return k < len(s) && s[k] == '='
}

// fromWordThenAddress reports whether "from" in one of Europe's languages and an IPv4
// address start s[k] (depuis 192.168.12.41, desde 10.1.2.3, von, vanaf, från, z, da),
// as logins' messages name where a user came from.
func fromWordThenAddress(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k < 7 && (isLetter(s[e]) || s[e] >= 0x80) {
		e++
	}
	if e == k || e+2 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) {
		return false
	}
	if !equalFoldAny(s[k:e], "depuis", "desde", "von", "vanaf", "från", "fra", "z", "da", "dal", "din", "od", "aus") {
		return false
	}
	_, _, _, ok := categories.ParseIPv4(s[e+1:])
	return ok
}

// labelAfter reports whether a blank and a field's label follow s[j]: a word of letters
// and a colon (" Grund: ", " reason: "), as a message names its next part.
func labelAfter(s []byte, j int) bool {
	if j+4 > len(s) || s[j] != ' ' || !isLetter(s[j+1]) {
		return false
	}
	e := j + 1
	for e < len(s) && e-j <= 16 && isLetter(s[e]) {
		e++
	}
	return e-j >= 3 && e+1 < len(s) && s[e] == ':' && s[e+1] == ' '
}

// markedLogin reports a word shaped as a login by its marks ('.', '_' or digits:
// skolskoterska.mk, jdoe_adm, mdubois5520) that is no file's or domain's name
// (index.html, example.com).
func markedLogin(v []byte) bool {
	if !loginWord(v) || !bytes.ContainsAny(v, "._0123456789") || bytes.Contains(v, []byte("..")) || scriptFileName(v) {
		return false
	}
	if dot := bytes.LastIndexByte(v, '.'); dot >= 0 && commonDotTails[string(v[dot+1:])] {
		return false
	}
	// Parts that are all common words or abbreviations name a channel or a job
	// (emp_portal, web_ui), not a person.
	for _, part := range bytes.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '_' }) {
		part = bytes.TrimRight(part, "0123456789")
		if len(part) > 3 && !isGenericWord(part) && !isStopword(part) {
			return true
		}
	}
	return false
}

// fileTail reports a word whose part after its last dot names a file's or a program's
// kind (agent.exe, emma.config), not a login's surname.
func fileTail(v []byte) bool {
	dot := bytes.LastIndexByte(v, '.')
	return dot >= 0 && (inLower(notSurnames, v[dot+1:]) || inLower(programExtensions, v[dot+1:]))
}

// commonDotTails end file names and domain names rather than logins.
var commonDotTails = map[string]bool{"com": true, "net": true, "org": true, "io": true, "de": true, "nl": true,
	"fr": true, "uk": true, "eu": true, "html": true, "htm": true, "php": true, "jsp": true, "aspx": true,
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "jar": true, "java": true, "go": true,
	"md": true, "zip": true, "gz": true, "tar": true, "png": true, "jpg": true, "svg": true, "css": true,
	"local": true, "lan": true, "internal": true, "corp": true, "service": true, "socket": true, "timer": true}

// initialThenSurname reports a login made of an initial and a surname in lower case
// (pdubois, jkowalski, tnovak): letters only, the first two consonants that begin no
// English word (bl, st, th ... do), so that prose's words are not taken for one.
func initialThenSurname(w []byte) bool {
	if len(w) < 5 || len(w) > 20 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if isVowel(w[0]) || isVowel(w[1]) || w[0] == w[1] || !bytes.ContainsAny(w[2:], "aeiouy") {
		return false
	}
	switch string(w[:2]) {
	case "bl", "br", "ch", "cl", "cr", "cz", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kh", "kl", "kn", "kr",
		"ph", "pl", "pr", "ps", "pt", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sv", "sw", "sz",
		"th", "tr", "ts", "tw", "vl", "vr", "wh", "wr", "zw", "zh", "xm", "hr", "nt":
		return false
	}
	for _, part := range [...]string{"ctl", "daemon", "proxy", "server", "agent", "bot", "link", "mgr", "svc", "net", "syslog", "http", "cron", "sched"} {
		if bytes.Contains(w, []byte(part)) {
			return false // a program's name: rtnetlink, mtadaemon, pgbouncer's kin
		}
	}
	return !isGenericWord(w)
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// categoryForPhrase tells whether the run s[i:j] is named by the words around it:
// "for jdoe from", "user jdoe", "invalid user jdoe", "by jdoe(uid=", "(to root) jdoe",
// "sudo: jdoe : TTY=". It returns the category or "".
// eventParticiple reports a lower case English past participle, which ends an event's
// name (Moodle's "User graded", "User updated") where a login could stand; given names
// that end so stay logins (User alfred).
func eventParticiple(word []byte) bool {
	if len(word) < 5 || word[len(word)-2] != 'e' || word[len(word)-1] != 'd' {
		return false
	}
	for _, c := range word {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	switch string(word) {
	case "alfred", "wilfred", "manfred", "winfried", "gottfried", "siegfried", "mildred", "winifred",
		"ahmed", "mohammed", "mohamed", "muhammed", "mehmed", "jared", "sigfried", "elfried":
		return false
	}
	return true
}

// zosUserMessage reports the z/OS messages whose next word is a user id: RACF's
// ICH70001I (USERID LAST ACCESS AT ...), IRR010I's "USERID X IS ASSIGNED TO THIS JOB",
// Top Secret's TSS7000I (USERID Last-Used ...).
func zosUserMessage(p []byte) bool {
	switch string(p) {
	case "ICH70001I", "TSS7000I", "USERID":
		return true
	}
	return false
}

// machineNouns are the words for a machine that its DNS name follows in prose
// (Engineering laptop EWS-L3-MSORENSEN, station EWS-TIA-03, on terminal MES-TERM-C114).
var machineNouns = []string{"computer", "device", "workstation", "laptop", "endpoint", "machine", "station", "terminal"}

func (w *worker) categoryForPhrase(s []byte, i, j int, prev1, prev2 span) string {
	if i >= 6 && (s[i-1] == '\'' || s[i-1] == '"') && j < len(s) && s[j] == s[i-1] {
		if c := w.filterOperandCategory(s, i); c != "" {
			return c // PowerShell's AD filter: -Filter "Surname -eq 'Kaczmarek'"
		}
		if freeIPAUserCommandBefore(s, i-1) {
			return categories.Username // FreeIPA's API log: user_show/1('t.zimmermann', all=True, ...)
		}
	}
	if j-i == 1 && s[i]|0x20 == 's' && i >= 2 && s[i-1] == '\'' && isLetter(s[i-2]) {
		return "" // an English possessive's s: the user's password
	}
	if j+8 < len(s) && s[j] == ' ' && fromWordFirst[s[j+1]] && fromWordThenAddress(s, j+1) && (markedLogin(s[i:j]) || loginWord(s[i:j]) && loginNounBefore(s, i)) && !fileTail(s[i:j]) {
		return categories.Username // Koha: "Connexion réussie: c.lefebvre depuis 192.168.12.41"
	}
	if j-i == 1 && j < len(s) && s[j] == '/' {
		return "" // one letter before a slash: a mode, Default User (R/W)
	}
	// Every phrase ends its name at a delimiter or the end of the line: test that first,
	// it rules out most words for the price of one comparison.
	if j < len(s) {
		switch s[j] {
		case '\'':
			if i > 0 && s[i-1] == '\'' && hasPrefixAt(s, j+1, "(id:") && accountBytes(s[i:j]) {
				return categories.Username // TeamSpeak's server log: client connected 'Elin_Mod'(id:3)
			}
		}
		switch s[j] {
		case ' ', ')', '(', '>', '"', '\'', ',', ':', '.', ']', '/', ';', '\n', '\r': // (a line break in a JSON string, decoded)
		case '\t':
			return suffixPhraseCategory(s, i, j, prev1, prev2) // (only the tab-separated user column)
		case '\\':
			if !textEscapeAt(s, j) {
				return "" // (a line break written as text ends the name: is pjansen.\n\nMet)
			}
		default:
			return ""
		}
	}
	if j+6 < len(s) && s[j] == ' ' && s[j+1] == '(' && loginWord(s[i:j]) && !isGenericWord(s[i:j]) && userNoteAt(s, j+2) {
		return categories.Username // Atlassian's audit: "lmoreau (utilisateur)", "jdoe (user)"
	}
	if i >= 3 && j+6 < len(s) && s[j] == ' ' && s[i-1] == ' ' && string(s[i-3:i]) == " - " && accountBytes(s[i:j]) && filezillaPeerAt(s, j) {
		return categories.Username // FileZilla Server (0.9): (000042)02.03.2026 10:01:13 - jdoe (10.1.2.3)> 230 Logged on
	}
	if j+6 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && atlassianRequestIDAt(s, j+1) && accountBytes(s[i:j]) && !isGenericWord(s[i:j]) && !equalFold(s[i:j], "anonymous") &&
		prev1.end+1 == i && equalFoldAny(s[prev1.start:prev1.end], "INFO", "WARN", "ERROR", "DEBUG", "TRACE", "FATAL", "WARNING") {
		return categories.Username // Jira's and Confluence's logs: ... INFO mharper 573x48299x1 8fk2wq 10.60.4.31 /rest/...
	}
	if i > 16 && s[i-1] == ' ' && s[i-2] == 'e' && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0x80) && (bytes.HasSuffix(s[:i-1], []byte("/claims/givenname")) || bytes.HasSuffix(s[:i-1], []byte("/claims/surname"))) {
		return categories.Fullname // AD FS 501: .../identity/claims/givenname Sabine .../claims/surname Brenner
	}
	if j+10 < len(s) && s[j] == ' ' && hasPrefixAt(s, j, " owned by ") && printedDocumentBefore(s, i) {
		// Windows' print spooler (event 307): "Document 312, CV_Ionescu_2024.docx owned by
		// jdoe on \\WS-151": the document's name, mapped as a file's.
		return categories.Path
	}
	// Only few words come before a name: user, username, for, by, BY, the "to" of
	// "(to root)", a port's digits, a MAC (dnsmasq), "client". Rule out the rest by the
	// word's length and last byte before any comparison; without such a word, only names
	// in brackets or quotes, or before a few telling suffixes, remain.
	trigger := false
	if prev1.end > prev1.start && prev1.end <= i && i-prev1.end <= 8 {
		p := s[prev1.start:prev1.end]
		last := p[len(p)-1]
		trigger = len(p) == 4 && last|0x20 == 'r' && equalFold(p, "user") ||
			(len(p) == 9 || len(p) == 8 || len(p) == 6) && zosUserMessage(p) ||
			len(p) == 4 && last|0x20 == 'e' && equalFold(p, "role") && prev2.end > prev2.start && equalFoldAny(s[prev2.start:prev2.end], "create", "alter", "drop") ||
			len(p) == 2 && string(p) == "TO" && (sqlGrantBefore(s, prev1.start) || string(s[prev2.start:prev2.end]) == "CONNECT") ||
			len(p) == 13 && string(p) == "Administrator" || len(p) == 5 && string(p) == "Admin" ||
			len(p) == 5 && last|0x20 == 'n' && s[i-1] == '\'' && equalFold(p, "login") ||
			s[i-1] == ' ' && loginInPassing(p, s, j, s[i:j]) ||
			len(p) == 13 && last == 'g' && equalFold(p, "impersonating") ||
			len(p) == 12 && last|0x20 == 'e' && equalFold(p, "authenticate") ||
			len(p) > 9 && p[0] == 'A' && string(p[:9]) == "Attribute" ||
			len(p) == 2 && string(p) == "as" && markedLogin(s[i:j]) ||
			i >= 2 && (s[i-1] == '[' || s[i-1] == ' ' && s[i-2] == ',') && j < len(s) && (s[j] == ',' || s[j] == ']') && userListBefore(s, i) ||
			len(p) == 7 && last|0x20 == 't' && equalFold(p, "account") ||
			len(p) == 2 && last == 'o' && p[0] == 't' && (prev1.start > 0 && s[prev1.start-1] == '(' || hasPrefixAt(s, j, ", krb5 principal ")) ||
			len(p) == 8 && last|0x20 == 'e' && equalFold(p, "username") ||
			len(p) == 5 && last == 't' && string(p) == "input" && prev2.end-prev2.start == 8 && equalFold(s[prev2.start:prev2.end], "username") ||
			len(p) == 3 && last|0x20 == 'r' && equalFold(p, "for") ||
			len(p) == 10 && last == 'g' && equalFold(p, "containing") ||
			len(p) == 2 && last == 's' && p[0] == 'a' && (equalFoldAny(s[prev2.start:prev2.end], "authorized", "authenticated", "succeeded", "successful") ||
				prev2.end-prev2.start == 2 && equalFold(s[prev2.start:prev2.end], "in") && prev2.start >= 7 && equalFold(s[prev2.start-7:prev2.start], "logged ")) ||
			len(p) == 2 && last|0x20 == 'y' && equalFold(p, "by") ||
			len(p) == 2 && equalFoldAny(p, "da", "av", "af") && markedLogin(s[i:j]) ||
			len(p) <= 4 && (last|0x20 == 'o' || last|0x20 == 'n' || last|0x20 == 'l' || last|0x20 == 'a' || last == 0xA0) && assignedToLogin(s, i, j, p, prev2) ||
			len(p) == 2 && last|0x20 == 'o' && j+5 < len(s) && s[j] == ' ' && s[j+1] == '(' && loginBesideOwnAddress(s, i, j) ||
			(len(p) == 3 || len(p) == 4) && equalFoldAny(p, "pour", "para", "voor", "für", "dla", "per") && (markedLogin(s[i:j]) || initialThenSurname(s[i:j]) ||
				s[j-1] == ':' && prev2.end > prev2.start) || // (Échec de connexion pour agent.rousseau; Anmeldung fehlgeschlagen für X:)
			(len(p) == 3 || len(p) == 4 || len(p) == 5) && (last|0x20 == 'r' || last|0x20 == 'z' || last|0x20 == 'n' || last|0x20 == 'h') && equalFoldAny(p, "por", "par", "door", "przez", "von", "durch") ||
			isDigit(last) && prev1.start > 0 && s[prev1.start-1] == '/' ||
			prev2.end-prev2.start == 2 && s[prev2.end-1]|0x20 == 'o' && s[prev1.end] == ')' ||
			len(p) == 6 && equalFold(p, "client") || len(p) == 17 && p[2] == ':' && s[prev1.end] != ')' && !prepositionFollows(s, j) || // (dnsmasq's bare MAC; not ISC dhcpd's "(MAC) lease time" or "MAC bound to")
			len(p) == 4 && last|0x20 == 'm' && equalFold(p, "from") ||
			(len(p) == 9 || len(p) == 15) && last|0x20 == 's' && s[prev1.end] == '/' && equalFoldAny(p, "instances", "virtualMachines") ||
			s[prev1.end] == ':' && i == prev1.end+2 && colonPhraseWord(p) ||
			s[prev1.end] == ':' && accountEventBefore(s, prev1, prev2) ||
			len(p) == 9 && last == 'l' && equalFold(p, "principal") ||
			len(p) == 4 && (last == 'O' || last == 'o') && (string(p) == "EHLO" || string(p) == "HELO" || string(p) == "ehlo" || string(p) == "helo") ||
			len(p) == 3 && last|0x20 == 'a' && equalFold(p, "via") ||
			// on, to, host, hostname: only before an upper case machine name or a
			// quoted or bracketed host (they precede most words of prose).
			len(p) == 2 && last|0x20 == 'n' && (p[0] == 'o' || p[0] == 'O') && s[i] >= 'A' && s[i] <= 'Z' ||
			len(p) == 2 && last|0x20 == 'o' && (p[0] == 't' || p[0] == 'T') && (s[i] >= 'A' && s[i] <= 'Z' || equalFold(s[prev2.start:prev2.end], "setuid")) ||
			len(p) == 4 && last|0x20 == 't' && (s[i] >= 'A' && s[i] <= 'Z' || s[i-1] == '"' || s[i-1] == '[') && equalFold(p, "host") ||
			len(p) == 8 && last|0x20 == 'e' && (s[i] >= 'A' && s[i] <= 'Z' || s[i-1] == '"' || s[i-1] == '[') && equalFold(p, "hostname") ||
			len(p) >= 14 && p[0] == 'E' && bytes.HasPrefix(p, []byte("EventMember")) ||
			len(p) >= 6 && localizedUserWord(p) || len(p) >= 5 && roleWordShapes.may(p) && inLower(roleWords, p) ||
			len(p) >= 2 && len(p) <= 4 && equalFoldAny(p, "is", "ist", "est", "es", "è", "jest", "är", "er", "je") ||
			len(p) <= 6 && s[i] >= 'A' && s[i] <= 'Z' && machinePrepositions[string(p)] ||
			len(p) >= 6 && s[i] >= 'A' && s[i] <= 'Z' && equalFoldAny(p, machineNouns...) ||
			len(p) == 4 && last|0x20 == 'e' && s[i] >= 'A' && s[i] <= 'Z' && equalFold(p, "node") ||
			len(p) == 7 && last == 'R' && (string(p) == "ALTUSER" || string(p) == "ADDUSER" || string(p) == "DELUSER") ||
			len(p) == 2 && string(p) == "AP" && (s[i] >= 'A' && s[i] <= 'Z' || bytes.IndexByte(s[i:j], '-') > 0 && containsDigit(s[i:j])) || // (Aruba: AP ap-westham-bay2)
			len(p) == 2 && last|0x20 == 'o' && (p[0] == 't' || p[0] == 'T') && (hasPrefixAt(s, j, " port ") || hasPrefixAt(s, j, " on port ")) ||
			len(p) == 2 && string(p) == "as" && hasPrefixAt(s, j, " (p") && bytes.Contains(s[:prev1.start], []byte("New client connected from ")) ||
			len(p) == 2 && string(p) == "of" && prev2.end-prev2.start == 5 && string(s[prev2.start:prev2.end]) == "Slice" ||
			len(p) == 6 && last|0x20 == 'e' && equalFold(p, "device") && hasPrefixAt(s, j, " (") && deviceSerialShaped(s[i:j]) ||
			len(p) == 6 && last|0x20 == 't' && equalFold(p, "tablet") && deviceSerialShaped(s[i:j]) ||
			workstationThen(p, s[i:j])
	}
	if cat := suffixPhraseCategory(s, i, j, prev1, prev2); cat != "" {
		return cat
	}
	if c := s[prev1.start] | 0x20; prev1.end+2 == i && s[prev1.end] == ' ' && s[i-1] == '\'' && j < len(s) && s[j] == '\'' && prev1.end-prev1.start >= 5 && prev1.end-prev1.start <= 7 &&
		(c == 'a' || c == 'k' || c == 'c') && inLower(loginAccountWords, s[prev1.start:prev1.end]) && accountBytes(s[i:j]) && hasLetter(s[i:j]) &&
		!isStopword(s[i:j]) && !isGenericWord(s[i:j]) && !fieldNameShaped(s[i:j]) {
		w.prevEnd = prev1.end
		return categories.Username // a quoted login after the word for account: HISinOne's Konto 'ayildiz' nicht im Verzeichnis
	}
	if c := s[prev1.start] | 0x20; prev1.end+1 == i && s[prev1.end] == ' ' && prev1.end-prev1.start >= 5 && prev1.end-prev1.start <= 7 &&
		(c == 'a' || c == 'k' || c == 'c') && inLower(loginAccountWords, s[prev1.start:prev1.end]) && loginShaped(s[i:trimEnd(s, i, j)]) &&
		(bytes.ContainsAny(s[i:trimEnd(s, i, j)], "._-") || containsDigit(s[i:j])) && !hyphenatedWords[string(s[i:trimEnd(s, i, j)])] { // (not ACCOUNT SCORING, ACCOUNT UNLOCK, account sign-in)
		// The word for account before a login written as one: the account svc_backup,
		// Konto m.huber, le compte j.dupont (a plain word after it is prose: account
		// tomorrow, Konto gesperrt).
		w.prevEnd = prev1.end
		return categories.Username
	}
	if prev1.end+1 == i && s[prev1.end] == ' ' && prev1.end-prev1.start == 5 && equalFold(s[prev1.start:prev1.end], "konto") && j-i >= 4 &&
		(isLowerWord(s[i:j]) || capitalsLogin(s[i:j])) && !isGenericWord(s[i:j]) && !germanBeforeParticiple[string(s[i:j])] &&
		j+2 < len(s) && s[j] == ' ' && (germanAgentParticiples[string(s[j+1:wordEndAt(s, j+1)])] || hasPrefixAt(s, j+1, "nicht ")) {
		// A German system's "Konto KOSSWALD gesperrt", "Konto hyilmaz nicht gefunden": a
		// word between the word for account and what befell it is the login.
		w.prevEnd = prev1.end
		return categories.Username
	}
	if j+2 < len(s) && s[j] == '\'' && i > 0 && s[i-1] == '\'' && s[j+1] == ' ' && machineLabel(s[i:j]) && hasLetter(s[i:j]) && addressInParens(s, j+2) {
		return categories.Hostname // C-CURE: Controller 'ISTAR-BLD2-01' (172.18.2.31)
	}
	if j < len(s) && s[j] == '(' && machineLabel(s[i:j]) && hasLetter(s[i:j]) && addressInParens(s, j) {
		// DHCP and NAS logs: assigned 192.168.1.20 to iPhone-de-Carmen(00:39:c3:c7:41:81),
		// from [LAPTOP-CJ-2021(192.168.24.245)]: a host, its address in parentheses.
		return categories.Hostname
	}
	if !trigger && (i == 0 || s[i-1] != '(' && s[i-1] != '[' && s[i-1] != '\'' && !(s[i-1] == '"' && i >= 3 && s[i-2] == ' ' && s[i-3] == ':')) &&
		!(j+1 < len(s) && s[j] == ' ' && (s[j+1] == ':' || s[j+1] == 'H' || s[j+1] == 'D' || s[j+1] == 'N' || s[j+1] == 'F' ||
			s[j+1] == 'i' && hasPrefixAt(s, j, " is now logged in") ||
			s[j+1] == 'j' && hasPrefixAt(s, j, " joined the game") || s[j+1] == 'l' && (hasPrefixAt(s, j, " left the game") || hasPrefixAt(s, j, " lost connection: ")) ||
			s[j+1] == 'i' && hasPrefixAt(s, j, " issued server command: "))) {
		return ""
	}
	strictPhrase := false // a phrase that can also precede ordinary words
	p1, p2 := s[prev1.start:prev1.end], s[prev2.start:prev2.end]
	w.prevEnd = prev1.end
	if i-prev1.end > 8 || prev1.end > i {
		p1, p2 = nil, nil
		w.prevEnd = i
	}
	gap := s[w.prevEnd:i]
	cat := ""
	switch {
	case len(p1) == 2 && (gapIs(gap, " '") || gapIs(gap, " \"")) && j < len(s) && s[j] == gap[1] && equalFoldAny(p1, "by", "to") && prefixedLogin(s[i:j]):
		// A quoted login with a role's prefix after "by" or "to": payShield's "authorised by
		// 'so_mvirtanen'", SWIFT Alliance's "reset by 'so2_dreiter'" (not 'api_v2')
		cat = categories.Username
		strictPhrase = true
	case len(p1) >= 2 && len(p1) <= 5 && (gapIs(gap, " '") || gapIs(gap, " \"")) && j < len(s) && s[j] == gap[1] &&
		equalFoldAny(p1, "durch", "von", "par", "por", "door", "przez", "da", "av", "af") && markedLogin(s[i:j]):
		// A quoted login after "by" in German, French, Spanish, Dutch, Polish, Italian and
		// the Nordic languages: ORBIS's "Notfallzugriff (Break-Glass) durch 'dr.hoffmann'"
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 6 && string(gap) == " " && equalFold(p1, "device") && hasPrefixAt(s, j, " (") && deviceSerialShaped(s[i:j]):
		// Biometric terminals' servers: device CKUH205160123 (IP ...), Device 541530877 (FaceStation F2)
		cat = categories.DeviceID
	case string(gap) == " " && loginInPassing(p1, s, j, s[i:j]):
		// A person's login named in passing: "Ewa Pawlak (ODR Lublin, login odr.lublin.epawlak)".
		cat = categories.Username
	case len(p1) == 6 && string(gap) == " " && equalFold(p1, "tablet") && deviceSerialShaped(s[i:j]):
		// A field crew's tablet by its serial: Tablet R58N0DBID5U (a Samsung's)
		cat = categories.DeviceID
	case string(gap) == " " && workstationThen(p1, s[i:j]):
		// The workstation a login came from, in Spanish, Portuguese, German, Dutch, Polish
		// and Italian: desde 10.1.2.3 estación MADPUE8476, Arbeitsplatz PRAXIS-EMPF01 angemeldet
		cat = categories.Hostname
	case len(p1) == 4 && string(gap) == " " && equalFoldAny(p1, "user", "role") && equalFoldAny(p2, "create", "alter", "drop") &&
		accountBytes(s[i:j]) && !equalFoldAny(s[i:j], "if", "mapping"):
		// SQL: CREATE USER TFRIIS PASSWORD = ..., ALTER USER jdoe SET ..., CREATE ROLE jdoe LOGIN
		cat = categories.Username
	case len(p1) == 7 && string(gap) == " " && (string(p1) == "ALTUSER" || string(p1) == "ADDUSER" || string(p1) == "DELUSER") &&
		accountBytes(s[i:j]),
		zosUserMessage(p1) && gapIs(gap, " ") && accountBytes(s[i:j]) && (string(p1) != "USERID" || string(p2) == "IRR010I"):
		// RACF commands: ALTUSER JDOE RESUME, ADDUSER JDOE NAME('...')
		cat = categories.Username
	case len(p1) >= 5 && string(gap) == " " && roleWordShapes.may(p1) && inLower(roleWords, p1) && (loginShaped(s[i:j]) || initialThenSurname(s[i:j])) && !fieldNameShaped(s[i:j]) &&
		!hyphenatedWords[string(s[i:j])] && !inFolded(notNameWords, bytes.TrimRight(s[i:j], ".")): // (Prüfer Prof. Dr. ...: a title)
		// A role before a login written as one: "locked by agent m.haas", "for analyst
		// m.jansen", "operator k.wozniak", "Sachbearbeiter h.meier", "by operator rsilva",
		// "by admin jferreira.adm".
		cat = categories.Username
		strictPhrase = true
	case len(p1) > 9 && gapIs(gap, " '") && j < len(s) && s[j] == '\'' && string(p1[:9]) == "Attribute":
		// Genesys T-Server's events: AttributeAgentID 'ag_hschmidt', AttributeANI '+4930...'
		// (an attribute of no category leaves cat empty: the value stays)
		cat = w.genesysAttribute(p1[9:], s[i:j])
		strictPhrase = true
	case len(p1) == 12 && gapIs(gap, " ") && equalFold(p1, "authenticate") && markedLogin(trimDot(bytes.TrimSuffix(s[i:j], []byte(":")))) && !fieldNameShaped(s[i:j]):
		// Apache Sling (AEM): "Unable to authenticate m.esposito: UserId/Password mismatch"
		cat = categories.Username
		strictPhrase = true
	case len(p1) >= 5 && (gapIs(gap, " '") && j < len(s) && s[j] == '\'' || gapIs(gap, " \"") && j < len(s) && s[j] == '"' && loginShaped(s[i:j])) &&
		roleWordShapes.may(p1) && inLower(roleWords, p1) && !equalFold(p1, "agent") &&
		accountBytes(s[i:j]) && hasLetter(s[i:j]) && !isStopword(s[i:j]) && !fieldNameShaped(s[i:j]):
		// A role before a quoted login: SecureDrop's "Login failed for journalist
		// 'mbrandt'", Desigo CC's 'Logon failed for operator "ANDREAS.VOGT"' (not a user
		// agent's 'python-requests')
		cat = categories.Username
		strictPhrase = true
	case len(p1) >= 2 && len(p2) >= 5 && gapIs(gap, " ") && equalFoldAny(p1, "is", "ist", "est", "es", "è", "jest", "är", "er", "je") &&
		(usernameWordShapes.may(p2) && inLower(usernameWords, p2)) && accountBytes(s[i:j]) && !isStopword(s[i:j]) &&
		(j == len(s) || s[j] == '.' || s[j] == ',' || s[j] == ' ' || s[j] == '\\' || s[j] == '"' || s[j] == ')' || s[j] == '\n'):
		// "my username is pjansen", "Mijn gebruikersnaam is pjansen", "Benutzername ist
		// jdoe", "mon identifiant est jdoe"
		cat = categories.Username
		strictPhrase = true
	case len(p1) >= 6 && (string(gap) == " " || (string(gap) == " \"" || string(gap) == " '") && j < len(s) && s[j] == gap[1]) && localizedUserWord(p1) &&
		(loginShaped(bytes.TrimRight(s[i:j], ":,")) || initialThenSurname(bytes.TrimRight(s[i:j], ":,")) ||
			(p1[0] >= 0x80 || len(gap) == 2) && accountBytes(s[i:j]) && hasLetter(s[i:j])):
		// "Benutzer m.hofbauer", Benutzer "m.hofbauer", "Użytkownik jan.kowalski", "utilisateur MOREAUC": the
		// word for user in the languages of Europe, before a login written as one (a
		// plain lower case word there may be a verb: Benutzer wurde gesperrt).
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 9 && equalFold(p1, "community") && (gapIs(gap, " '") || gapIs(gap, " \"")) && j < len(s) && s[j] == gap[1] && j-i >= 3 &&
		!equalFoldAny(s[i:j], "public", "private"):
		// An SNMP agent's authentication failure names the community it was given:
		// community 'tejo-ro-2019' (Moxa, Cisco): a password. The defaults stay, so
		// that their use shows.
		cat = categories.Secret
	case len(gap) > 0 && equalFoldAny(p1, "user", "username", "userid") && isPhraseGap(gap) &&
		(equalFoldAny(p2, "invalid", "illegal", "for", "of", "authenticating", "new", "unknown", "existing", "disabled", "locked") ||
			equalFold(p2, "from") && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) || // sshd: Disconnected from user X 10.1.2.3
			gap[len(gap)-1] != ' ' || hasPrefixAt(s, j, " from ") && !hasPrefixAt(s, j, " from command line") || hasPrefixAt(s, j, " [preauth]") ||
			hasPrefixAt(s, j, " IP ") || hasPrefixAt(s, j, " did ") || hasPrefixAt(s, j, " Stored ") || hasPrefixAt(s, j, " tried to ") && s[i] >= 'a' && s[i] <= 'z' ||
			hasPrefixAt(s, j, " in security realm ") || hasPrefixAt(s, j, " at jdbc:") || // WebLogic

			hasPrefixAt(s, j, " Retrieved ") || hasPrefixAt(s, j, ", Addr ") || s[j-1] == ':' && hasPrefixAt(s, j, " authentication ") ||
			string(p1) == "user" && gapIs(gap, " ") && j < len(s) && (s[j] == ')' || s[j] == ']') && accountBytes(s[i:j]) && !isStopword(s[i:j]) || // Kea: (user jdoe); Open5GS: [web-ui user jdoe]; not [Guest User Repository]
			j == len(s) && !titleWord(s[i:j]) && !eventParticiple(s[i:j]) || // ("User Click", "User graded": an event's name, not a login)
			s[j-1] == ':' && j-i > 1 && j < len(s) && s[j] == ' ' && gapIs(gap, " ") && prev1.start >= 2 && s[prev1.start-2] == ':' && s[prev1.start-1] == ' '):
		// sshd: invalid user X from, for user X, session opened for user X;
		// Cisco: User <X>, for User (X); authpf: "user X: login shell" after the tag
		cat = categories.Username
		strictPhrase = true
	case (len(p1) == 4 && equalFold(p1, "user") || len(p1) == 8 && equalFold(p1, "username")) && (gapIs(gap, " ") || gapIs(gap, " [") && j < len(s) && s[j] == ']') &&
		(markedLogin(trimDot(s[i:j])) || macAuthLogin(s[i:j]) || staffNumberLogin(trimDot(s[i:j]))) && !fieldNameShaped(s[i:j]) && !fileTail(trimDot(s[i:j])):
		// A login with a login's marks after "user" whatever comes before: Uptime Kuma's
		// "logged in user ole.jensen.", Synology's "created user [lea.keller]", Junos'
		// dot1xd "Username 001b4f7c21e8" (a MAC as the login: MAC authentication bypass)
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 4 && gapIs(gap, " ") && equalFold(p1, "user") && equalFoldAny(p2, "to", "by") && (loginShaped(s[i:j]) || initialThenSurname(s[i:j])) &&
		!fieldNameShaped(s[i:j]):
		// A case assigned or reassigned to user nkaraca by ..., approved by user m.jansen
		cat = categories.Username
		strictPhrase = true
	case len(gap) > 0 && (equalFoldAny(p1, "user", "username") || string(p1) == "Administrator" || string(p1) == "Admin") && isPhraseGap(gap) &&
		(hasPrefixAt(s, j, " not found") || hasPrefixAt(s, j, " logged ") || hasPrefixAt(s, j, " authenticated") ||
			hasPrefixAt(s, j, " account ") && accountBytes(s[i:j]) && hasLetter(s[i:j]) && !isStopword(s[i:j]) || // Slurm's job_submit.lua: user jdoe account p_x
			hasPrefixAt(s, j, " impersonating ") && accountBytes(s[i:j]) && hasLetter(s[i:j]) && !isStopword(s[i:j]) || // an admin console: User jdoe impersonating ...
			j < len(s) && s[j] == '\'' && i > 0 && s[i-1] == '`' && (hasPrefixAt(s, j, "' from ") || hasPrefixAt(s, j, "' on ")) && accountBytes(s[i:j]) ||
			hasPrefixAt(s, j, " not allowed ") || hasPrefixAt(s, j, " added by ") || hasPrefixAt(s, j, " failed to log") ||
			hasPrefixAt(s, j, " - ") && (loginShaped(s[i:j]) || hasPrefixAt(s, j, " - transaction #") && accountBytes(s[i:j])) ||
			(hasPrefixAt(s, j, " created") || hasPrefixAt(s, j, " deleted") || hasPrefixAt(s, j, " locked") || hasPrefixAt(s, j, " unlocked")) &&
				capitalsLogin(s[i:j])) ||
		equalFold(p1, "account") && string(gap) == " " && hasPrefixAt(s, j, " logged ") && accountBytes(s[i:j]):
		// Apache: user X not found; pppd: user X logged in; Fortinet: Administrator X logged
		// in; sshd: User X not allowed because ...; gpasswd: user X added by root; F5's
		// mcpd: user adm.jdoe - transaction; MikroTik: account jdoe logged in; SAP's
		// audit log: User BWEBER created, User HSCHULZE locked
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 13 && equalFold(p1, "impersonating") && gapIs(gap, " ") && (loginShaped(s[i:j]) || initialThenSurname(s[i:j])):
		// an admin console's "User jdoe impersonating m.smith": the account acted as
		cat = categories.Username
		strictPhrase = true
	case (equalFoldAny(p1, "user", "username", "login") || string(p1) == "Administrator" || string(p1) == "Admin") && gapIs(gap, " '") &&
		j+2 < len(s) && s[j] == '\'' && s[j+1] == ' ' && accountBytes(s[i:j]) && accountVerbAt(s, j+2):
		// Axway SecureTransport: Administrator 'jdoe' modified account ...; Cerberus FTP:
		// Web client login 'jdoe' succeeded
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "for") && isPhraseGap(gap) && (hasPrefixAt(s, j, " on ") || j == len(s) || markedLogin(s[i:j]) && hasPrefixAt(s, j, " - ")) && equalFoldAny(p2, "failed") && !isStopword(s[i:j]):
		// (Jira's Seraph: "login failed for aroha.ngata - elevated security check required";
		// not OpenVPN's "Auth Username/Password verification failed for peer")
		// su: 'su root' failed for X on /dev/pts/8; Jenkins: Login attempt failed for X
		cat = categories.Username
	case equalFoldAny(p1, "für", "pour", "para", "voor", "per", "dla") && gapIs(gap, " ") && j-i > 3 && s[j-1] == ':' &&
		equalFoldAny(p2, "fehlgeschlagen", "échouée", "échoué", "echouee", "fallido", "fallida", "mislukt", "fallito", "fallita", "nieudane", "nieudana") &&
		accountBytes(s[i:j-1]) && hasLetter(s[i:j-1]) && !isStopword(s[i:j-1]) && !isGenericWord(s[i:j-1]):
		// a failed login in another language, the login before a colon: "Anmeldung
		// fehlgeschlagen für lschwarzmeier: Kennwort abgelaufen"
		cat = categories.Username
	case equalFold(p1, "for") && isPhraseGap(gap) && hasPrefixAt(s, j, " from ") &&
		(equalFoldAny(p2, "password", "publickey", "interactive", "pam", "none", "hostbased", "gssapi", "mic", "keyboard") ||
			fromAddressPort(s, j) || equalFoldAny(p2, "failure", "attempt", "authentication", "login", "logon", "failed", "exceeded", "denied", "rejected", "blocked", "succeeded", "successful", "requested") && fromAddress(s, j)):
		// sshd: Accepted password for X from; Temenos T24: Password attempts exceeded
		// for X from 10.1.2.3
		cat = categories.Username
	case (len(p1) == 3 || len(p1) == 4) && gapIs(gap, " ") && equalFoldAny(p1, "pour", "para", "für", "voor", "dla", "per") &&
		markedLogin(s[i:j]) && addressAfterWord(s, j):
		// "for X from ADDRESS" in French, Spanish, German, Dutch, Polish and Italian: Échec
		// de connexion pour agent.rousseau depuis 88.164.201.37
		cat = categories.Username
		strictPhrase = true
	case (len(p1) == 3 || len(p1) == 4) && gapIs(gap, " ") && equalFoldAny(p1, "pour", "para", "für", "voor", "dla", "per") &&
		initialThenSurname(s[i:j]) && (j == len(s) || s[j] == ',' || s[j] == ' ' && bareKeyAt(s, j+1)):
		// "for" in French, Spanish, German, Dutch, Polish and Italian before a login of an
		// initial and a surname, then a field or the line's end: Refresh-Token ausgestellt
		// für wjanssen jti=9f2c... (their words after "for" start with a vowel's syllable
		// or a cluster initialThenSurname refuses).
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 3 && equalFold(p1, "for") && gapIs(gap, " ") && hasPrefixAt(s, j, " at ") &&
		equalFoldAny(p2, "login", "logon", "authentication", "failure", "attempt", "failed", "successful", "succeeded") &&
		(initialThenSurname(s[i:j]) || markedLogin(s[i:j]) || loginShaped(s[i:j])):
		// A VTS console: Failed login for sfriedrichs at console WS05 from 10.1.2.3
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "for") && gapIs(gap, " '") && equalFoldAny(p2, "succeeded", "failed", "error", "login", "authentication", "logon") && j < len(s) && s[j] == '\'' &&
		addressAfterFrom(s, j+1) > 0 && accountBytes(s[i:j]):
		// dropbear: Password auth succeeded for 'jdoe' from 10.1.2.3:51830; OPNsense: Web
		// GUI authentication error for 'jdoe' from 10.1.2.3; Redmine and OpenProject:
		// Failed login for 'jdoe' from 10.1.2.3, Successful authentication for 'jdoe' from
		cat = categories.Username
		strictPhrase = true
	case string(p1) == "user" && string(gap) == " " && string(p2) == "aaa" && (j == len(s) || s[j] == '"' || hasPrefixAt(s, j, " -")) && accountBytes(s[i:j]):
		// NetScaler's CLI: set aaa user jdoe -password ..., add aaa user jdoe
		cat = categories.Username
	case i > 0 && s[i-1] == '[' && hasPrefixAt(s, j, "]: Login_") && accountBytes(s[i:j]):
		// Infoblox's audit: [jdoe]: Login_Allowed, [jdoe]: Login_Denied
		cat = categories.Username
	case string(p1) == "of" && string(gap) == " " && string(p2) == "Slice" && accountBytes(s[i:trimEnd(s, i, j)]) && !allDigits(s[i:trimEnd(s, i, j)]) && !equalFold(s[i:j], "UID"):
		// systemd: Removed slice User Slice of jdoe.
		cat = categories.Username
	case string(p1) == "as" && string(gap) == " " && hasPrefixAt(s, j, " (p") && bytes.Contains(s[:prev1.start], []byte("New client connected from ")):
		// Mosquitto: New client connected from ADDR as CLIENT-ID (p2, c1, k60, u'user'):
		// the client's id, a device's (a serial or a MAC in it, a person's name at times).
		cat = categories.DeviceID
	case string(p1) == "AP" && string(gap) == " " && hostLikeWord(s[i:j]) && hasLetter(s[i:j]) && !isAddressText(s[i:j]):
		// Cisco's wireless controllers: ... by AP AP-MAN-3F-01, on AP SEP-2F-LOBBY
		cat = categories.Hostname
		strictPhrase = true
	case equalFold(p1, "user") && gapIs(gap, " [") && hasPrefixAt(s, j, "] from ") && !isStopword(s[i:j]):
		// WatchGuard: Authentication of SSLVPN user [jdoe@CORP] from 203.0.113.5
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "for") && gapIs(gap, " ") && equalFoldAny(p2, "login", "logon") && hasPrefixAt(s, j, " (ID: ") && accountBytes(s[i:j]):
		// Roundcube: Successful login for jdoe (ID: 14) from 10.1.2.3
		cat = categories.Username
	case equalFold(p1, "for") && isPhraseGap(gap) && equalFoldAny(p2, "changed", "expired", "reset", "unlocked", "expiry") &&
		(j == len(s) || j+1 == len(s) && s[j] == '.' || hasPrefixAt(s, j, " by ")):
		// passwd: password changed for X; chage: password expired for X
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "account") && isPhraseGap(gap) && equalFoldAny(p2, "for", "to", "on") &&
		(j == len(s) || j+1 == len(s) && s[j] == '.' || hasPrefixAt(s, j, " from ")):
		// reset link sent to ... for account X
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "by") && isPhraseGap(gap) && equalFoldAny(p2, "login", "logon", "authenticated", "authorized"):
		// Login by jdoe succeeded; session authenticated by jdoe
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "from") && string(gap) == " " && (hasPrefixAt(s, j, " port ") && hostLikeWord(s[i:j]) && hasLetter(s[i:j]) && !isAddressText(s[i:j]) ||
		equalFold(p2, "in") && prev2.start >= 7 && equalFold(s[prev2.start-7:prev2.start], "logged ")):
		// Connection from WKS-042 port 5000; jdoe logged in from laptop-07
		cat = categories.Address
		strictPhrase = true
	case equalFold(p1, "to") && string(gap) == " " && (hasPrefixAt(s, j, " port ") || hasPrefixAt(s, j, " on port ")) &&
		j-i >= 6 && bytes.IndexByte(s[i:j], '-') > 0 && containsDigit(s[i:j]) && hasLetter(s[i:j]) && accountBytes(s[i:j]) && !isAddressText(s[i:j]) &&
		!equalFoldAny(s[i:i+bytes.IndexByte(s[i:j], '-')], "vlan", "ge", "xe", "et", "eth", "bond", "lag", "po", "trunk", "gi", "te", "ae", "irb", "lo", "port", "slot"):
		// ONT bound to olt-waw-mokotow-02 port 0/10/2; connection to db-prod-01 port 5432
		// (a host's name with a dash and a digit: not eth0, not an interface's ge-0 or vlan-100)
		cat = categories.Hostname
		strictPhrase = true
	case gapIs(gap, ": ") && bytes.HasPrefix(p1, []byte("EventMember")):
		// Consul and Nomad (serf): EventMemberJoin: NODE 10.1.2.3
		cat = categories.Hostname
	case equalFold(p1, "user") && gapIs(gap, " [") && j < len(s) && s[j] == ']' && accountBytes(s[i:j]) && !isStopword(s[i:j]) &&
		!(j+1 < len(s) && s[j+1] == '\\'):
		// Oracle Xstore and Java services: User [mdupont] authenticated for store 105
		// (not Samba's user [DOMAIN]\[jdoe], a domain first)
		cat = categories.Username
	case equalFoldAny(p1, "host", "hostname") && i > 0 && j < len(s) &&
		(gapIs(gap, " \"") && s[j] == '"' || gapIs(gap, " [") && s[j] == ']') && hostLikeWord(s[i:j]) && hasLetter(s[i:j]):
		// Zabbix: host "sw-core-01" not found, host [LAPTOP-EMMA] not found
		cat = categories.Hostname
	case s[i] >= 'A' && s[i] <= 'Z' && gapIs(gap, " ") && len(p1) >= 6 && machineShapedUpTo(bytes.TrimSuffix(s[i:j], []byte(".")), 24) &&
		equalFoldAny(p1, machineNouns...):
		// Engineering laptop EWS-L3-MSORENSEN: a DNS name after the word for a machine
		// (TIA Portal's "(station EWS-TIA-03)", a MES's "on terminal MES-TERM-C114")
		cat = categories.Hostname
	case s[i] >= 'A' && s[i] <= 'Z' && windowsMachineShaped(bytes.TrimSuffix(s[i:j], []byte("."))) &&
		(gapIs(gap, " ") && (equalFoldAny(p1, "from", "on", "to", "host", "hostname", "computer", "device", "workstation", "laptop", "endpoint", "machine", "containing", "node") ||
			machinePrepositions[string(p1)]) || gapIs(gap, " [") && equalFold(p1, "from") ||
			gapIs(gap, " (") && j < len(s) && s[j] == ')' && isAddressText(p1)):
		// Prose names Windows machines as they are named: "run commands remotely on
		// FIN-SQL02 from WS-042", "credentials for user X on MBP-RCOSTA", also at a
		// sentence's end (gelockt vanaf TLB-LT0412.), and after its address: from
		// 10.1.2.3 (CF-VEEAM02); a backup client (IBM Storage Protect's "for node LT-PNOWAK")
		cat = categories.Hostname
	case i >= 3 && s[i-3] == ']' && s[i-2] == ':' && s[i-1] == ' ' && accountBytes(s[i:j]) && !isStopword(s[i:j]) &&
		(hasPrefixAt(s, j, " joined the game") || hasPrefixAt(s, j, " left the game") || hasPrefixAt(s, j, " lost connection: ") ||
			hasPrefixAt(s, j, " issued server command: ")):
		// Minecraft's server log: [18:14:22] [Server thread/INFO]: Creeper_Kasia joined the game
		cat = categories.Username
		strictPhrase = true
	case j < len(s) && (s[j] == ',' || s[j] == ']') && i >= 2 && (s[i-1] == '[' || s[i-1] == ' ' && s[i-2] == ',') && userListBefore(s, i) &&
		accountBytes(s[i:j]) && hasLetter(s[i:j]) && !isGenericWord(s[i:j]):
		// A list of logins in brackets after "users": Intapp Walls' "screened users
		// [hbjornsson, ktanaka, amorales]"
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 6 && gapIs(gap, " ") && string(p1) == "player" && string(p2) == "of" && hasPrefixAt(s, j, " is ") && accountBytes(s[i:j]) && !isStopword(s[i:j]):
		// Minecraft's authenticator: UUID of player xXTrollmeisterXx is 9d0e4b71-...
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 2 && gapIs(gap, " ") && string(p1) == "as" && markedLogin(s[i:j]) && loginPhraseBefore(s[max(0, prev1.start-48):prev1.start]) &&
		(equalFoldAny(p2, "in", "login", "logon") || len(p2) >= 7 && bytes.Count(p2, []byte(".")) == 3 && isDigit(p2[0])):
		// A login, then its user after "as": txAdmin's "Login from 10.30.0.55 as
		// kaito_admin", "logged in from 10.1.2.3 as m.weber"
		cat = categories.Username
		strictPhrase = true
	case hasPrefixAt(s, j, " is now logged in") && i >= 2 && s[i-2] == ']': // pure-ftpd: [INFO] jdoe is now logged in
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "to") && equalFold(p2, "setuid") && gapIs(gap, " ") && hasPrefixAt(s, j, " succeeded") && accountBytes(s[i:j]):
		// spamd: setuid to jdoe succeeded
		cat = categories.Username
	case equalFold(p1, "for") && j < len(s) && s[j] == '/' && equalFoldAny(p2, "succeeded", "successful", "failed", "denied") && realmThenFrom(s, j+1):
		// Pulse Secure: login succeeded for jdoe/Users from 10.1.2.3
		cat = categories.Username
	case equalFold(p1, "by") && gapIs(gap, " ") && equalFold(p2, "owned") && accountBytes(s[i:j]) && !isStopword(s[i:j]) && w.prevEnd+1 == i &&
		(j == len(s) || s[j] == ' ' || s[j] == ',' || s[j] == '.'):
		// Windows' print spooler: Document 42, report.docx owned by jdoe on \\WS01
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "user") && gapIs(gap, " ") && hasPrefixAt(s, j, " (uid="): // Samba: initially as user jdoe (uid=11042, ...)
		cat = categories.Username
	case equalFold(p1, "by") && gapIs(gap, " ") && equalFoldAny(p2, "console", "memory", "terminal") && hasPrefixAt(s, j, " on ") &&
		accountBytes(s[i:j]) && !ciscoLine(s[i:j]):
		// Cisco IOS: Configured from console by jdoe on vty0 (10.1.2.3) (without AAA,
		// "by vty0 (10.1.2.3)": a line, not a user)
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "by") && hasPrefixAt(s, j, "(uid="):
		cat = categories.Username
	case (gapIs(gap, ": ") || gapIs(gap, ": \"") && j < len(s) && s[j] == '"' || gapIs(gap, ": \\\"") && j+1 < len(s) && s[j] == '\\' && s[j+1] == '"') &&
		accountEventBefore(s, prev1, prev2) &&
		(loginShaped(s[i:j]) || initialThenSurname(s[i:j]) || equalFold(p1, "attempt") && accountBytes(s[i:j]) && !isStopword(s[i:j])):
		// An account's event and its login: User account created: "ext.lmartin",
		// Account locked: jdoe
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 2 && equalFold(p1, "by") && gapIs(gap, " \"") && j < len(s) && s[j] == '"' && loginWord(s[i:j]):
		// CUPS: Queued on "Kantoor_2e" by "mdevries".
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 5 && equalFold(p1, "admin") && gapIs(gap, " \"") && j < len(s) && s[j] == '"' && markedLogin(s[i:j]):
		// Magento: Login as Customer: admin "s.wagner" started session for customer ID 52871
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 2 && equalFold(p1, "as") && gapIs(gap, " ") && loginWord(s[i:j]) && (equalFoldAny(p2, "authorized", "authenticated", "succeeded", "successful") ||
		len(p2) == 2 && equalFold(p2, "in") && prev2.start >= 7 && equalFold(s[prev2.start-7:prev2.start], "logged ") &&
			!hasPrefixAt(s, j, " user") && !hasPrefixAt(s, j, " account")): // (Moodle: logged in as another user)
		// CUPS: Authorized as pjansen using Basic; Yamaha RTX: Login succeeded as jdoe for
		// SSH; logged in as jdoe
		cat = categories.Username
		strictPhrase = true
	case (len(p1) == 2 && equalFoldAny(p1, "by", "da", "av", "af") || len(p1) >= 3 && len(p1) <= 5 && equalFoldAny(p1, "por", "par", "door", "przez", "von", "durch")) && gapIs(gap, " ") &&
		domainLoginAt(s, i) && bytes.IndexByte(s[i:j], '\\') > 0:
		// A Windows account after "by" in any of these languages: geschreven door
		// ZORGDEHOEVE\fbakker (DOMAIN\user says login whatever follows)
		cat = categories.Username
		strictPhrase = true
	case (len(p1) == 2 && equalFoldAny(p1, "by", "da", "av", "af") || len(p1) >= 3 && len(p1) <= 5 && equalFoldAny(p1, "por", "par", "door", "przez", "von", "durch")) && gapIs(gap, " ") &&
		(initialThenSurname(s[i:j]) || markedLogin(s[i:j])) &&
		(hasPrefixAt(s, j, " for ") || hasPrefixAt(s, j, " from ") || hasPrefixAt(s, j, " on ") || hasPrefixAt(s, j, " at ") || hasPrefixAt(s, j, ", ") ||
			j == len(s) && len(p1) >= 3 || // (konto zawieszone przez adm.jnowak, at the line's end)
			hasPrefixAt(s, j, ": ") && equalFoldAny(p2, "opened", "created", "closed", "submitted", "reported", "filed") || // a ticket bot's "Ticket #0417 opened by Bea_Santos: ..."
			hasPrefixAt(s, j, " voor ") || hasPrefixAt(s, j, " pour ") || hasPrefixAt(s, j, " para ") || hasPrefixAt(s, j, " dla ") ||
			hasPrefixAt(s, j, " (") || inLower(agentVerbs, p2) ||
			hasPrefixAt(s, j, " to ") && markedLogin(s[i:j]) || // (RT: Correspondence added by abuse-l2.kfischer to ...)
			labelAfter(s, j)): // (a lab's "validated by mwisniewska (diag. lab. ...)"; "gesperrt durch tnbw.ops.ahmadi Grund: ...")
		// PaperCut: Shared account '...' selected by lwagner for job 884719; an AML
		// alert's step executed by nkaraca, note: ...; a journal viewed by school.nurse
		// for student ...; "by" in Spanish, Portuguese, French, Dutch, Polish, Italian,
		// German and the Nordic languages (SClínico's "acesso ... por enf.tcosta,
		// justificação"; a lab's "comunicato ... da bio.colombo, read-back OK")
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 3 && equalFold(p1, "von") && gapIs(gap, " ") && inLower(germanAgentParticiples, p2) &&
		isLowerWord(trimDot(s[i:j])) && len(trimDot(s[i:j])) >= 5 && !isGenericWord(trimDot(s[i:j])) && !notNameWords[string(trimDot(s[i:j]))] &&
		(j == len(s) || s[j] == ',' || s[j] == ' ' || s[j] == ';'):
		// A German shop-floor or office system's "gestartet von hoffmeisterj, Menge 240":
		// after a participle of doing, a word in lower case is the login that did it.
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 3 && equalFold(p1, "par") && gapIs(gap, " ") && inLower(frenchAgentParticiples, p2) &&
		isLowerWord(trimDot(s[i:j])) && len(trimDot(s[i:j])) >= 5 && !isGenericWord(trimDot(s[i:j])) && !notNameWords[string(trimDot(s[i:j]))] &&
		!frenchAfterPar[string(trimDot(s[i:j]))] && (j == len(s) || s[j] == ',' || s[j] == ' ' || s[j] == ';'):
		// The same in French: "Porte forcée acquittée par mbonnaud après 60 s".
		cat = categories.Username
		strictPhrase = true
	case localizedUserWord(p1) && gapIs(gap, " ") && isLowerWord(s[i:j]) && j-i >= 5 && !isGenericWord(s[i:j]) && !isStopword(s[i:j]) && !germanBeforeParticiple[string(s[i:j])] &&
		j+2 < len(s) && s[j] == ' ' && germanAgentParticiples[string(s[j+1:wordEndAt(s, j+1)])]:
		// A German system's "Benutzer hoffmeil angemeldet": between the word for user and
		// a participle of what it did, a word in lower case is the login.
		cat = categories.Username
		strictPhrase = true
	case (len(p1) == 2 && equalFold(p1, "by") || len(p1) == 3 && equalFold(p1, "for") || len(p1) == 10 && equalFold(p1, "containing")) &&
		gapIs(gap, " ") && (j == len(s) || j+1 == len(s) && s[j] == '.' || s[j] == '"' || textEscapeAt(s, j) || markedLogin(s[i:j]) && pairOrDashAfter(s, j)) &&
		(initialThenSurname(trimDot(s[i:j])) || loginWord(trimDot(s[i:j])) && bytes.ContainsAny(trimDot(s[i:j]), "._0123456789")) &&
		!(equalFold(p2, "made") && bytes.Count(s[i:j], []byte("_")) >= 2):
		// A job or a change by its user at the line's end or a string's: "Unauthorized:
		// Execute Job 6b2d... by pdubois", "... followed by success for fdegraaf", QRadar's
		// "Multiple Login Failures ... containing abrennan\n" (a word there is prose: by
		// default, for example). WordPress ends a failed query with the function that made
		// it: "made by wc_create_new_customer".
		cat = categories.Username
		strictPhrase = true
	case len(p1) == 2 && j+5 < len(s) && s[j] == ' ' && s[j+1] == '(' && loginBesideOwnAddress(s, i, j):
		// a role granted to a login, then its address: "Granted COUNTY_REGISTRAR to
		// lfigueroa (lfigueroa@example.gov)"
		cat = categories.Username
	case len(p1) <= 4 && gapIs(gap, " ") && assignedToLogin(s, i, j, p1, prev2):
		// A case or a ticket assigned to its handler: "assigned to e.sobczak",
		// "przypisano do e.sobczak", "toegewezen aan j.devries"
		cat = categories.Username
		strictPhrase = true
	case string(p1) == "TO" && gapIs(gap, " ") && sqlGrantBefore(s, prev1.start) && accountBytes(s[i:j]) && !isStopword(s[i:j]):
		// SQL: GRANT SELECT ON public.x TO lferreira
		cat = categories.Username
	case string(p1) == "BY" && len(p2) > 0 && isPhraseGap(gap) && !equalFoldAny(p2, "group", "order", "partition", "cluster", "distribute", "sort"):
		// LOGIN ON tty1 BY jdoe (not SQL's GROUP BY, nor a column after BY, Bavaria's code)
		cat = categories.Username
	case string(p1) == "USER" && (hasPrefixAt(s, j, " PASS ") || i >= 6 && s[i-6] == '"' && j < len(s) && s[j] == '"'):
		// FTP commands: USER jdoe PASS x; vsftpd's FTP command: Client "...", "USER jdoe"
		cat = categories.Username
	case string(p1) == "FOR" && i > 0 && s[i-1] == '\'' && j < len(s) && s[j] == '\'': // login: FAILED LOGIN (1) on '/dev/tty1' FOR 'jdoe'
		cat = categories.Username
	case equalFold(p1, "add") && i > 0 && s[i-1] == '\'' && hasPrefixAt(s, j, "' to group "): // usermod: add 'jdoe' to group 'sudo'
		cat = categories.Username
		cat = categories.Username
	case equalFold(p2, "to") && string(gap) == ") " && prev2.start > 0 && s[prev2.start-1] == '(' && hasPrefixAt(s, j, " on "):
		// su: (to root) jdoe on pts/0
		cat = categories.Username
	case equalFold(p1, "to") && equalFold(p2, "Authorized") && hasPrefixAt(s, j, ", krb5 principal "):
		// sshd: Authorized to jdoe, krb5 principal jdoe@REALM (krb5_kuserok)
		cat = categories.Username
	case equalFold(p1, "for") && equalFold(p2, "password") && i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']':
		// sudo: auth could not identify password for [jdoe]
		cat = categories.Username
	case i >= 4 && string(s[i-4:i]) == "(to " && hasPrefixAt(s, j, ") ") && suTargetOn(s, j+2):
		// su: (to hilde) root on pts/0
		cat = categories.Username
	case len(p1) > 0 && allDigits(p1) && w.prevEnd == i-1 && prev1.start > 0 && s[prev1.start-1] == '/' &&
		(hasPrefixAt(s, j, " to ") && interfaceNext(s, j+4) || hasPrefixAt(s, j, " duration ")):
		// Cisco ASA: for outside:10.1.2.3/53 jdoe to inside:...
		cat = categories.Username
	case i > 0 && s[i-1] == '(' && j+1 == len(s) && s[j] == ')' && bytes.Contains(s[:i], []byte(": Built ")) &&
		bytes.Contains(s[:i], []byte("%ASA-")):
		// Cisco ASA 302013/302015: Built ... connection ... (jdoe), the user of an
		// identity firewall at the end
		cat = categories.Username
	case i > 0 && s[i-1] == '(' && hasPrefixAt(s, j, ") via "): // dhcpd: to MAC (host) via eth0
		cat = categories.Hostname
	case equalFold(p1, "user") && gapIs(gap, " ") && string(p2) == "login" && (hasPrefixAt(s, j, " full-name ") || hasPrefixAt(s, j, " class ") ||
		hasPrefixAt(s, j, " authentication ") || hasPrefixAt(s, j, " uid ")) && accountBytes(s[i:j]):
		// Junos: set system login user jdoe class operator
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "account") && gapIs(gap, " ") && equalFold(p2, "service") && accountBytes(s[i:j]) && !isStopword(s[i:j]) &&
		(containsDigit(s[i:j]) || bytes.ContainsAny(s[i:j], "_-.")):
		// Darktrace: ... and service account erp_batch
		cat = categories.Username
	case string(p1) == "TO" && gapIs(gap, " ") && string(p2) == "CONNECT" && hasPrefixAt(s, j, " IDENTIFIED BY ") && accountBytes(s[i:j]):
		// Oracle: CREATE DATABASE LINK x CONNECT TO jdoe IDENTIFIED BY "..."
		cat = categories.Username
	case string(p1) == "input" && gapIs(gap, " '") && j < len(s) && s[j] == '\'' && accountBytes(s[i:j]) && equalFold(p2, "username"):
		// Authelia: Error occurred getting details for user with username input 'jdoe'
		cat = categories.Username
		strictPhrase = true
	case string(p1) == "User" && gapIs(gap, " ") && (hasPrefixAt(s, j, " - Client_ip ") || hasPrefixAt(s, j, " - Remote_ip ")):
		// Citrix ADC (NetScaler): AAA LOGIN_FAILED ... : User jdoe - Client_ip 10.1.2.3
		cat = categories.Username
		strictPhrase = true
	case (string(p1) == "USER" || string(p1) == "user") && gapIs(gap, " ") && accountBytes(s[i:j]) &&
		(ftpReplyAt(s, j) || string(p1) == "USER" && j < len(s) && s[j] == ')' && prev1.start > 0 && s[prev1.start-1] == '('):
		// FTP servers' command logs: Globalscape EFT's "USER jdoe 331 0 0", FileZilla
		// Server's "Login incorrect. (USER jdoe)"
		cat = categories.Username
	case string(p1) == "USER" && (hasPrefixAt(s, j, ": Login ") || s[j-1] == ':' && hasPrefixAt(s, j, " Login ") || hasPrefixAt(s, j, " (Login ") || hasPrefixAt(s, j, ": no such user")):
		// ProFTPD: USER X: Login successful; USER X (Login failed): ...
		cat = categories.Username
	case i > 0 && s[i-1] == '(' && j < len(s) && s[j] == ',' && w.prevEnd == i-1 &&
		equalFoldAny(p1, "pam", "ldap", "passwd", "passwd-file", "sql", "shadow", "checkpassword", "static", "lua", "oauth2", "bsdauth", "dict", "vpopmail"):
		// Dovecot's passdb and userdb drivers: pam(user,10.1.2.3,<session>), ldap(...)
		cat = categories.Username
	case i > 0 && s[i-1] == '(' && j < len(s) && s[j] == ')' && w.prevEnd == i-1 &&
		equalFoldAny(p1, "imap", "pop3", "lmtp", "managesieve", "submission", "doveadm", "quota-status"):
		// Dovecot: imap(jdoe)<pid><session>: Logged out
		cat = categories.Username
	case i >= 16 && string(s[i-16:i]) == "Username entry (" && hasPrefixAt(s, j, ") created"):
		// Cisco WLC: Username entry (X) created for mobile
		cat = categories.Username
	case hasPrefixAt(s, j, " : TTY=") || hasPrefixAt(s, j, " : PWD=") || hasPrefixAt(s, j, " : user NOT") ||
		hasPrefixAt(s, j, " : command not allowed"):
		cat = categories.Username
	case i > 0 && s[i-1] == '[' && (hasPrefixAt(s, j, "] Peer Connection") ||
		hasPrefixAt(s, j, "] OK ") || hasPrefixAt(s, j, "] FAIL ") || // vsftpd: [user] OK LOGIN
		hasPrefixAt(s, j, "] -> [") && equalFold(p1, "user") || // Samba: user [X] -> [X]
		hasPrefixAt(s, j, "]:") && (i >= 5 && string(s[i-5:i-1]) == "main" || i >= 7 && string(s[i-7:i-1]) == "worker") ||
		(j < len(s) && s[j] == ']' || hasPrefixAt(s, j, "/<via ")) &&
			i >= 11 && (string(s[i-11:i]) == "Login OK: [" || i >= 18 && string(s[i-18:i]) == "Login incorrect: [")):
		// OpenVPN: ip:port [user] Peer Connection; ocserv: main[user]:ip; RADIUS: Login OK:
		// [user] and [user/<via Auth-Type = EAP>]
		cat = categories.Username
	case i > 0 && s[i-1] == '\'' && i >= 15 && string(s[i-15:i]) == "Login failed: '" && j < len(s) && s[j] == '\'':
		// Nextcloud: Login failed: 'jdoe' (Remote IP: ...)
		cat = categories.Username
	case i > 0 && s[i-1] == '\'' && i >= 19 && string(s[i-19:i]) == "authentication of '" && j < len(s) && s[j] == '\'':
		// strongSwan: authentication of 'jdoe' with EAP successful; a peer's identity
		// may be a host name or an address instead
		cat = categories.Username
		if bytes.IndexByte(s[i:j], '.') >= 0 && bytes.IndexByte(s[i:j], '@') < 0 {
			cat = categories.Address
		}
	case i > 0 && s[i-1] == '\'' && (i >= 14 && string(s[i-14:i]) == "EAP-Identity '" || i >= 9 && string(s[i-9:i]) == "by peer '"):
		// strongSwan: EAP-Identity 'user' accepted; not supported by peer 'user'
		cat = categories.Username
	case hasPrefixAt(s, j, " HIER_") || hasPrefixAt(s, j, " DIRECT/") || hasPrefixAt(s, j, " NONE/") ||
		hasPrefixAt(s, j, " FIRST_UP_PARENT/"):
		// Squid native log: ... METHOD URL user HIERARCHY/peer
		cat = categories.Username
	case len(p1) == 17 && p1[2] == ':' && p1[5] == ':' && (j == len(s) || s[j] == ' ') && bytes.Contains(s[:i], []byte("DHCP")) &&
		!equalFoldAny(s[i:j], "via", "uid", "on", "from", "to"): // (ISC dhcpd: DHCPACK on IP to MAC via eth2)
		// dnsmasq: DHCPACK(br0) 192.168.1.34 3c:22:fb:12:34:56 laptop-sbauer
		cat = categories.Hostname
	case i > 0 && s[i-1] == '/' && w.prevEnd == i-1 && prev1.start > 0 && s[prev1.start-1] == '/' &&
		equalFoldAny(p1, "instances", "virtualMachines") && (j == len(s) || s[j] != '.') &&
		!equalFoldAny(s[i:j], "write", "read", "delete", "action") && !(len(s)-j >= 7 && equalFold(s[j:j+7], "/action")):
		// Cloud resource names: projects/P/zones/Z/instances/NAME (Google Cloud),
		// .../providers/Microsoft.Compute/virtualMachines/NAME (Azure): a machine's name,
		// not an operation's verb (virtualMachines/write, virtualMachines/start/action)
		cat = categories.Hostname
	case gapIs(gap, ": ") && (equalFold(p1, "authenticate") && equalFold(p2, "to") || equalFold(p1, "authenticated") ||
		equalFold(p1, "in") && equalFold(p2, "logged")) && (j == len(s) || s[j] == ' ' || s[j] == ','):
		// Jenkins: failed to authenticate: X; authenticated: X; logged in: X
		cat = categories.Username
		strictPhrase = true
	case equalFold(p1, "principal") && gapIs(gap, " '") && j < len(s) && s[j] == '\'' && accountBytes(s[i:j]) && hasLetter(s[i:j]):
		// Shibboleth's attribute resolver: ... for principal 's2309738'
		cat = categories.Username
	case equalFold(p1, "principal") && equalFold(p2, "as") && hasPrefixAt(s, j, " on "):
		// MongoDB: Successfully authenticated as principal X on admin
		cat = categories.Username
	case equalFold(p1, "principal") && equalFoldAny(p2, "for", "of", "by") && gapIs(gap, " ") && accountBytes(s[i:j]) && hasLetter(s[i:j]) &&
		!isStopword(s[i:j]) && !isGenericWord(s[i:j]) && !fieldNameShaped(s[i:j]):
		// Spring Security: "Session ... expired for principal DOKONKWO remote=..."
		cat = categories.Username
		strictPhrase = true
	case i > 0 && s[i-1] == '"' && (i >= 19 && string(s[i-19:i]) == "Login successful: \"" || i >= 15 && string(s[i-15:i]) == "Login failed: \""):
		// Nextcloud: Login successful: "X"; Login failed: "X"
		cat = categories.Username
	case gapIs(gap, ": ") && equalFold(p1, "failure") && equalFold(p2, "login") && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]):
		// tac_plus: login failure: X 10.1.2.3 (10.1.2.4) tty2
		cat = categories.Username
	case i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']' && w.prevEnd == i-1 && (string(p1) == "Admin" || string(p1) == "Guest" || string(p1) == "User") &&
		!(j-i == 17 && s[i+2] == ':'):
		// UniFi: Admin[X] log in from; Guest[MAC]: a MAC is found by its shape
		cat = categories.Username
	case gapIs(gap, " ") && (string(p1) == "EHLO" || string(p1) == "HELO" || string(p1) == "ehlo" || string(p1) == "helo") &&
		(j == len(s) || s[j] == ' ' || s[j] == ',') && isHostShaped(s[i:j]) && !isIPShaped(s[i:j]):
		// SMTP protocol logs (Exchange, Postfix debug): EHLO ws-jdoe
		cat = categories.Hostname
	case gapIs(gap, ": ") && (equalFold(p1, "option") && equalFold(p2, "hostname") || string(p1) == "NO_CLIENT_SITE"):
		// Kea: processing client's Hostname option: X; Netlogon: NO_CLIENT_SITE: HOST 10.1.2.3
		cat = categories.Hostname
	case i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']' && w.prevEnd == i-2 &&
		(equalFoldAny(p1, "workstation", "computer") || equalFold(p1, "account") && equalFold(p2, "trust")):
		// Samba's authentication log: workstation [WS01], NETLOGON computer [WS01], trust
		// account [WS01$]
		cat = categories.Hostname
		if equalFold(p1, "account") {
			cat = categories.Username // a machine account, WS01$: its host
		}
	case i > 0 && s[i-1] == '[' && hasPrefixAt(s, j, "]\\[") && equalFoldAny(p1, "user", "became"):
		// Samba: user [CORP]\[jdoe], became [CORP]\[jdoe]: the domain, then the user
		cat = categories.Domain
	case i >= 3 && s[i-1] == '[' && s[i-2] == '\\' && s[i-3] == ']' && j < len(s) && s[j] == ']':
		cat = categories.Username
	case gapIs(gap, " ") && equalFold(p1, "via") && hasPrefixAt(s, j, " (auth:"):
		// Hadoop's audit log: ugi=hdfs/nn01@REALM (auth:KERBEROS) via etl_svc (auth:PROXY)
		cat = categories.Username
	case gapIs(gap, " ") && equalFold(p1, "from") && hasPrefixAt(s, j, " (via "),
		gapIs(gap, " ") && equalFold(p1, "via") && prev1.start > 0 && s[prev1.start-1] == '(' && j < len(s) && s[j] == ')':
		// Netlogon: logon of CORP\jdoe from WS01 (via FS02)
		cat = categories.Hostname
	case i >= 2 && s[i-1] == '\'' && s[i-2] == '(' && w.prevEnd == i-2 && j < len(s) && s[j] == '\'' &&
		equalFoldAny(p1, "user_add", "user_mod", "user_del", "user_show", "user_disable", "user_enable",
			"user_unlock", "passwd", "user_find", "stageuser_add"):
		// FreeIPA's API log: user_mod('jdoe', mail=[...]), passwd('jdoe', '********')
		cat = categories.Username
	case i > 0 && s[i-1] == '(' && hasPrefixAt(s, j, ") ") && ossecAgentAt(s, j+2):
		// OSSEC alerts: 2024 Mar 12 12:00:00 (agent) 10.1.2.3->/var/log/auth.log
		cat = categories.Hostname
	case equalFold(p1, "client") && equalFold(p2, "from") && hasPrefixAt(s, j, " port "):
		// RADIUS: (from client NAS port 13
		cat = categories.Hostname
	}
	if cat == "" {
		return ""
	}
	tok := s[i:j]
	for len(tok) > 0 && (tok[len(tok)-1] == ':' || tok[len(tok)-1] == '.' || tok[len(tok)-1] == ',') {
		tok = tok[:len(tok)-1]
	}
	if !accountBytes(tok) && !(cat == categories.Username && loginBeyondASCII(tok)) || strictPhrase && isStopword(tok) {
		return "" // (a login with letters beyond ASCII, jürgen.weiß, as sshd logs it, counts)
	}
	return cat
}

// realmThenFrom reports whether s[k:] is a realm's name and then " from ".
func realmThenFrom(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k < 64 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.') {
		e++
	}
	return e > k && hasPrefixAt(s, e, " from ")
}

// hostLikeWord reports whether a word holds a digit, '-' or '_', as a host's name does
// and a word of prose (data from sensor port 3) does not.
func hostLikeWord(v []byte) bool {
	for _, c := range v {
		if isDigit(c) || c == '-' || c == '_' {
			return true
		}
	}
	return false
}

func isPhraseGap(gap []byte) bool {
	for _, c := range gap {
		if c != ' ' && c != '<' && c != '"' && c != '\'' && c != '\t' && c != '(' && c != '`' { // (pam_access: user `jdoe')
			return false
		}
	}
	return len(gap) > 0
}

func hasPrefixAt(s []byte, at int, prefix string) bool {
	return len(s)-at >= len(prefix) && string(s[at:at+len(prefix)]) == prefix
}

// equalFold reports whether b and s are equal under Unicode case folding and of the same
// length. ASCII, nearly all of what it compares, is folded here without converting b.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for k := 0; k < len(s); k++ {
		x, y := b[k], s[k]
		if x|y >= 0x80 {
			return strings.EqualFold(string(b[k:]), s[k:])
		}
		if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
			return false
		}
	}
	return true
}

func equalFoldAny(b []byte, options ...string) bool {
	for _, s := range options {
		if equalFold(b, s) {
			return true
		}
	}
	return false
}

// prevWords returns the two alphanumeric words before s[i], nearest first, each at most a
// few separator bytes from the next; it records where the nearest ends in w.prevEnd.
func (w *worker) prevWords(s []byte, i int) (p1, p2 []byte) {
	w.prevEnd = i
	end1 := i
	for end1 > 0 && !isAlnum(s[end1-1]) {
		end1--
		if i-end1 > 8 {
			return nil, nil
		}
	}
	start1 := end1
	for start1 > 0 && isAlnum(s[start1-1]) {
		start1--
	}
	w.prevEnd = end1
	if start1 == end1 {
		return nil, nil
	}
	end2 := start1
	for end2 > 0 && !isAlnum(s[end2-1]) {
		end2--
		if start1-end2 > 8 {
			return s[start1:end1], nil
		}
	}
	start2 := end2
	for start2 > 0 && isAlnum(s[start2-1]) {
		start2--
	}
	return s[start1:end1], s[start2:end2]
}

func isAlnum(c byte) bool { return isLetter(c) || isDigit(c) }

func (k *keepSet) hasV4(a [4]byte) bool {
	return k != nil && (k.addrs[netip.AddrFrom4(a)] || len(k.prefixes) > 0 && k.hasAddr(netip.AddrFrom4(a)))
}

func (k *keepSet) hasV6(a [16]byte) bool {
	return k != nil && (k.addrs[netip.AddrFrom16(a).Unmap()] || len(k.prefixes) > 0 && k.hasAddr(netip.AddrFrom16(a)))
}

// span is a run of a line: s[start:end].
type span struct{ start, end int }

// ossecAgentAt reports whether s[k:] is an address and "->", as OSSEC writes after an
// agent's name.
func ossecAgentAt(s []byte, k int) bool {
	end := k
	for end < len(s) && end-k < 46 && (isHex(s[end]) || s[end] == '.' || s[end] == ':') {
		end++
	}
	return end > k && hasPrefixAt(s, end, "->") && isIPShaped(s[k:end])
}

// colonPhraseWord reports the words that, followed by ": ", name the value after them:
// Jenkins' "authenticate: X", "authenticated: X", "logged in: X", tac_plus's "login
// failure: X", Kea's "Hostname option: X", Netlogon's "NO_CLIENT_SITE: X".
func colonPhraseWord(p []byte) bool {
	switch len(p) {
	case 2:
		return equalFold(p, "in")
	case 6:
		return equalFold(p, "option")
	case 7:
		return equalFold(p, "failure")
	case 12:
		return equalFold(p, "authenticate")
	case 13:
		return equalFold(p, "authenticated")
	case 14:
		return string(p) == "NO_CLIENT_SITE"
	}
	return false
}

// gapIs reports whether the bytes between two words are exactly sep.
func gapIs(gap []byte, sep string) bool { return string(gap) == sep }

// fromAddress reports whether s[j:] is " from " and an IP address ending the line or a
// word: wp_fail2ban's "Authentication failure for X from 10.1.2.3".
func fromAddress(s []byte, j int) bool {
	end := addressAfterFrom(s, j)
	return end > 0 && (end == len(s) || s[end] == ' ' || s[end] == ',')
}

// addressAfterWord reports whether s[j:] is a blank, a word of one to six letters (from,
// depuis, desde, von, vanaf, z) and an IPv4 address.
func addressAfterWord(s []byte, j int) bool {
	if j >= len(s) || s[j] != ' ' {
		return false
	}
	k := j + 1
	for k < len(s) && k-j <= 7 && isLetter(s[k]) {
		k++
	}
	if k-j-1 < 1 || k-j-1 > 6 || k >= len(s) || s[k] != ' ' {
		return false
	}
	_, _, _, ok := categories.ParseIPv4(s[k+1:])
	return ok
}

// fromAddressPort reports whether s[j:] is " from ADDRESS port N", as sshd writes after a
// user name (maximum authentication attempts exceeded for X from 10.1.2.3 port 22).
func fromAddressPort(s []byte, j int) bool {
	end := addressAfterFrom(s, j)
	return end > 0 && hasPrefixAt(s, end, " port ")
}

// addressAfterFrom returns where the IP address after " from " at s[j:] ends, or 0.
func addressAfterFrom(s []byte, j int) int {
	k := j + len(" from ")
	if k >= len(s) || !isHex(s[k]) && s[k] != ':' {
		return 0
	}
	end := k
	for end < len(s) && (isHex(s[end]) || s[end] == '.' || s[end] == ':') {
		end++
	}
	if !isIPShaped(s[k:end]) {
		return 0
	}
	return end
}

// suTargetOn reports whether s[k:] is a word then " on ", as su writes after the user it
// switches to: "(to hilde) root on pts/0".
func suTargetOn(s []byte, k int) bool {
	e := k
	for e < len(s) && e < k+64 && s[e] != ' ' {
		e++
	}
	return e > k && hasPrefixAt(s, e, " on ")
}

// addressInParens reports whether an IPv4 address or a MAC in parentheses opens at s[k].
func addressInParens(s []byte, k int) bool {
	if k+8 >= len(s) || s[k] != '(' {
		return false
	}
	if _, n, _, ok := categories.ParseIPv4(s[k+1:]); ok && k+1+n < len(s) && s[k+1+n] == ')' {
		return true
	}
	_, n, _, ok := categories.ParseMAC(s[k+1:])
	return ok && k+1+n < len(s) && s[k+1+n] == ')'
}

// suffixPhraseCategory names a value by what follows it: a host before its address in
// parentheses (hm-sql01 (10.1.2.3), Samba's pc-cortiz (ipv4:10.1.2.3:49871)), the user of
// an xferlog line (... b _ o r USER ftp 0 * c), the user column of a Windows event
// exported as tab-separated text (...PrintService<TAB>jdoe<TAB>User<TAB>Information).
func suffixPhraseCategory(s []byte, i, j int, prev1, prev2 span) string {
	if j+3 >= len(s) {
		return ""
	}
	switch s[j] {
	case ' ':
		if s[j+1] == '(' && (hasPrefixAt(s, j+2, "ipv4:") || hasPrefixAt(s, j+2, "ipv6:") || addressInParens(s, j+1)) &&
			machineLabel(s[i:j]) && hasLetter(s[i:j]) && (bytes.IndexByte(s[i:j], '-') > 0 || containsDigit(s[i:j])) && !terminalLineShaped(s[i:j]) {
			return categories.Hostname
		}
		if s[j-1] == ':' && j-i > 2 && (hasPrefixAt(s, j, " SamLogon: ") || hasPrefixAt(s, j, " SamLogoff: ")) && isLettersOnly(s[i:j-1]) {
			return categories.Domain // Netlogon: [LOGON] [1820] CORP: SamLogon: Network logon of CORP\jdoe
		}
		if s[j-1] == ':' && j-i > 3 && s[j+1] == '*' && isLetter(s[j+2]) && machineLabel(s[i:j-1]) && hasLetter(s[i:j-1]) &&
			(bytes.IndexByte(s[i:j-1], '-') > 0 || containsDigit(s[i:j-1])) {
			return categories.Hostname // a Cisco WLC's own name before its task: WLC-01: *apfMsConnTask_2: ...
		}
		if i >= 3 && s[i-1] == '/' && isDigit(s[j+1]) && prev1.end == i-1 && haproxyTimersAt(s, j+1) && machineLabel(s[i:j]) && hasLetter(s[i:j]) &&
			bytes.Contains(s[max(0, prev1.start-64):prev1.start], []byte("] ")) {
			return categories.Hostname // HAProxy: ... [date] frontend backend/SERVER 0/0/1/34/35 200 ...
		}
		if s[j-1] == ':' && i >= 2 && s[i-1] == ' ' && s[i-2] == ':' && j-i > 3 && accountBytes(s[i:j-1]) && hasLetter(s[i:j-1]) &&
			bytes.ContainsAny(s[i:j-1], "._0123456789") && bytes.Count(s[i:j-1], []byte(".")) <= 2 &&
			!bytes.HasSuffix(s[i:j-1], []byte("Exception")) && !bytes.HasSuffix(s[i:j-1], []byte("Error")) && // (a class: javax.security.sasl.SaslException)
			(hasPrefixAt(s, j, " Authentication failed") || hasPrefixAt(s, j, " Not enough privileges") ||
				hasPrefixAt(s, j, " Invalid credentials")) {
			// ClickHouse: DB::Exception: jdoe: Authentication failed ...; Access(user
			// directories): ldap_jdoe: Authentication failed via LDAP server
			return categories.Username
		}
		if s[j+1] == '-' && i >= 2 && s[i-1] == ' ' && s[i-2] == ']' && accountBytes(s[i:j]) && hasLetter(s[i:j]) &&
			(hasPrefixAt(s, j, " - AUTH FAILURE FROM ") || hasPrefixAt(s, j, " - LOGIN FROM ")) {
			return categories.Username // Gerrit's sshd_log: [...] [sshd-SshDaemon[2b1c]-nio2-thread-7] jdoe - AUTH FAILURE FROM 10.1.2.3
		}
		if hasPrefixAt(s, j, " 0-PPE-") && machineLabel(s[i:j]) && hasLetter(s[i:j]) {
			return categories.Hostname // Citrix ADC (NetScaler): ... GMT ns-adc01 0-PPE-0 : default AAA ...
		}
		if i >= 2 && s[i-1] == ' ' && s[i-2] == ':' && (s[j+1] == 'l' || s[j+1] == 'f') &&
			(hasPrefixAt(s, j, " logged in from ") || hasPrefixAt(s, j, " failed to log in from ") || hasPrefixAt(s, j, " failed to login from ")) &&
			accountBytes(s[i:j]) && hasLetter(s[i:j]) && !isStopword(s[i:j]) && !isGenericWord(s[i:j]) {
			// HPE Comware: %%10SHELL/5/SHELL_LOGIN: v.lindgren logged in from 10.1.2.3.
			return categories.Username
		}
		if hasPrefixAt(s, j, " ftp ") && prev1.end-prev1.start == 1 && prev2.end-prev2.start == 1 && prev1.end+1 == i && prev2.end+1 == prev1.start {
			if m, d := s[prev1.start], s[prev2.start]; (m == 'r' || m == 'a' || m == 'g') && (d == 'o' || d == 'i' || d == 'd') {
				return categories.Username
			}
		}
	case '\t':
		if hasPrefixAt(s, j, "\tUser\t") && i > 0 && s[i-1] == '\t' {
			return categories.Username
		}
	}
	return ""
}

// terminalLineShaped reports a terminal line or an interface, a short word and its number
// (Cisco's vty0 and con0, tty1, eth0): no host. (ws01 is one.)
func terminalLineShaped(v []byte) bool {
	k := 0
	for k < len(v) && v[k] >= 'a' && v[k] <= 'z' {
		k++
	}
	if k == 0 || k == len(v) || len(v) > 7 || !isDigitsOnly(v[k:]) {
		return false
	}
	switch string(v[:k]) {
	case "vty", "con", "tty", "aux", "pts", "eth", "em", "ens", "wlan", "lo", "bond", "br":
		return true
	}
	return false
}

// machinePrefixes are the first parts of machine names that end in a number: WS-042,
// DC-01. Other names need a letter in their second part, so that "from UTF-8", "on
// SHA-256" and "to AES-256-GCM" stay.
var machinePrefixes = map[string]bool{"WS": true, "PC": true, "DC": true, "SRV": true, "LT": true,
	"WKS": true, "NB": true, "DT": true, "VM": true, "HOST": true, "LAPTOP": true, "DESKTOP": true,
	"SQL": true, "FS": true, "EXCH": true, "APP": true, "WEB": true, "DB": true, "MBP": true}

// deviceWords name the kind of a machine in the parts of its name; wholeDeviceWords do so
// on their own, the others (abbreviations) only in a name with a digit. Upper case.
var (
	deviceWords = map[string]bool{"PC": true, "WS": true, "WKS": true, "NB": true, "LT": true,
		"VDI": true, "CAM": true, "TC": true, "PRN": true, "KIOSK": true, "POS": true, "TAB": true,
		"DT": true, "MBA": true}
	wholeDeviceWords = map[string]bool{"DESKTOP": true, "LAPTOP": true, // (not NOTEBOOK: Jupyter's)
		"IPHONE": true, "IPAD": true, "MACBOOK": true, "MBP": true, "ANDROID": true,
		"GALAXY": true, "PIXEL": true, "SURFACE": true, "THINKPAD": true, "IMAC": true, "TABLET": true}
)

// deviceNamed reports whether tok names a machine by its kind: two to four parts of
// letters and digits joined by '-', all upper case or all lower case, one part a word of
// deviceWords or wholeDeviceWords (PC-CARDIO-12, WS-NYC-2231, ATH-DOY-PC-031,
// EMMAS-IPHONE, lt-tsmith-mbp, MAYDIN-PC); a part of other letters is there besides, and a
// digit unless the device word is whole, an abbreviation after a name, or another part a
// given name (PC-GRUBER-KATHARINA; NB-IOT stays).
func deviceNamed(tok []byte) bool {
	upper, lower, digit := false, false, false
	parts, device, whole, named, lastDevice, given := 1, false, false, false, false, false
	start := 0
	for k := 0; k <= len(tok); k++ {
		if k < len(tok) && tok[k] != '-' {
			switch c := tok[k]; {
			case c >= 'A' && c <= 'Z':
				upper = true
			case c >= 'a' && c <= 'z':
				lower = true
			case isDigit(c):
				digit = true
			default:
				return false
			}
			continue
		}
		part := tok[start:k]
		if len(part) == 0 || len(part) > 12 || upper && lower {
			return false
		}
		var buf [12]byte
		up := buf[:len(part)]
		for n, c := range part {
			up[n] = c &^ 0x20
			if isDigit(c) {
				up[n] = c
			}
		}
		switch {
		case wholeDeviceWords[string(up)]:
			device, whole = true, true
		case deviceWords[string(up)]:
			device = true
			lastDevice = k == len(tok) && len(tok)-len(part) >= 5 && upper // MAYDIN-PC, HYILMAZ-NB
		case numberedRole(up):
			device = true // TLB-DC01, DUI-FW01, TLB-LT0412, tlb-ns01
		case hasLetter(part) && len(part) >= 2:
			named = true
			given = given || len(part) >= 3 && categories.IsGivenName(part)
		}
		if k < len(tok) {
			parts++
		}
		start = k + 1
	}
	return parts >= 2 && parts <= 4 && device && named && (digit || whole || lastDevice || given)
}

// ownedDeviceName reports whether tok names a phone or a computer for its owner, in
// mixed case as the devices name themselves: Johns-iPhone, Marias-MacBook-Pro,
// iPhone-van-Sanne, Galaxy-S21-von-Jana. The owner is a capitalized word, or a given
// name and one (Anna-Schmidts-MacBook-Pro); a model (Pro, Air, S21) may follow the device.
func ownedDeviceName(tok []byte) bool {
	if n := bytes.Count(tok, []byte("-")); n < 1 || n > 4 {
		return false
	}
	var split [5][]byte
	parts := split[:0]
	for rest := tok; ; {
		d := bytes.IndexByte(rest, '-')
		if d < 0 {
			parts = append(parts, rest)
			break
		}
		parts = append(parts, rest[:d])
		rest = rest[d+1:]
	}
	owner := func(p []byte) bool {
		return len(p) >= 3 && p[0] >= 'A' && p[0] <= 'Z' && nameWordEnd(p, 0) == len(p) && !inLower(knownVendors, p) // (Apple-iPhone: a profile)
	}
	device := -1
	for k, p := range parts {
		if len(p) <= 8 && inUpper(wholeDeviceWords, p) {
			device = k
			break
		}
	}
	switch {
	case device == 1 || device == 2 && len(parts[0]) >= 3 && categories.IsGivenName(parts[0]):
		for _, p := range parts[device+1:] {
			if !containsDigit(p) && !inUpper(deviceModelWords, p) {
				return false // Apple-iPhone-Case
			}
		}
		return owner(parts[device-1]) // Johns-iPhone, Marias-MacBook-Pro, Anna-Schmidts-MacBook-Pro
	case device == 0:
		if len(parts) == 2 && owner(parts[1]) && categories.IsGivenName(parts[1]) {
			return true // a Fritz!Box's Laptop-Lena, iPhone-Anna
		}
		for k := 1; k+1 < len(parts); k++ {
			switch string(parts[k]) {
			case "van", "von", "de", "di", "da", "do", "of", "fra", "från", "av":
				return k+2 == len(parts) && owner(parts[k+1]) // iPhone-van-Sanne
			}
		}
	}
	return false
}

var deviceModelWords = map[string]bool{"PRO": true, "AIR": true, "MAX": true, "MINI": true, "PLUS": true, "ULTRA": true}

// inUpper reports whether b, upper-cased (ASCII), is a key of m.
func inUpper(m map[string]bool, b []byte) bool {
	var buf [16]byte
	if len(b) > len(buf) {
		return false
	}
	for k, c := range b {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[k] = c
	}
	return m[string(buf[:len(b)])]
}

// serverRoles are the abbreviations of a machine's role that names number (DC01, FW02,
// LT0412, NS1), upper case.
var serverRoles = map[string]bool{"DC": true, "FW": true, "SRV": true, "LT": true, "WS": true,
	"PC": true, "NB": true, "VM": true, "NS": true, "APP": true, "DB": true, "FS": true,
	"PRN": true, "CAM": true, "SW": true, "RTR": true, "ESX": true, "HV": true, "WKS": true}

// numberedRole reports a part of a machine's name that is a role and its number, one to
// four digits, not a year: DC01, LT0412 (SQL2019 is a product).
func numberedRole(up []byte) bool {
	k := 0
	for k < len(up) && up[k] >= 'A' && up[k] <= 'Z' {
		k++
	}
	n := len(up) - k
	if k == 0 || n < 1 || n > 4 || !serverRoles[string(up[:k])] || !isDigitsOnly(up[k:]) {
		return false
	}
	return !(n == 4 && (up[k] == '1' && up[k+1] == '9' || up[k] == '2' && up[k+1] == '0'))
}

// windowsMachineShaped reports whether tok is written as Windows machines are named: upper
// case letters and digits in parts joined by '-', at most 15 bytes (NetBIOS), a letter
// first, and a letter in the second part or a machine prefix first; or a machine prefix
// and digits (FS01).
// sqlGrantBefore reports whether an SQL GRANT starts the statement that s[:k] ends in.
func sqlGrantBefore(s []byte, k int) bool {
	g := bytes.LastIndex(s[:k], []byte("GRANT "))
	return g >= 0 && (g == 0 || !isLetter(s[g-1])) && bytes.IndexByte(s[g:k], ';') < 0
}

// machinePrepositions are "on" and "from" in other languages, before a machine's name.
var machinePrepositions = map[string]bool{"op": true, "vanaf": true, "auf": true, "von": true, "vom": true,
	"sur": true, "depuis": true, "desde": true, "dal": true, "da": true, "från": true, "på": true, "na": true, "z": true}

func windowsMachineShaped(tok []byte) bool { return machineShapedUpTo(tok, 15) }

// machineShapedUpTo is windowsMachineShaped for names up to maxLen bytes: a word that
// says a machine follows (laptop, workstation) allows a DNS name longer than NetBIOS'
// fifteen (EWS-L3-MSORENSEN).
func machineShapedUpTo(tok []byte, maxLen int) bool {
	if len(tok) < 4 || len(tok) > maxLen || tok[0] < 'A' || tok[0] > 'Z' {
		return false
	}
	dash, dashes, secondLetter := -1, 0, false
	for k, c := range tok {
		switch {
		case c == '-':
			if k == 0 || tok[k-1] == '-' || k == len(tok)-1 {
				return false
			}
			if dash < 0 {
				dash = k
			}
			dashes++
		case c >= 'A' && c <= 'Z':
			secondLetter = secondLetter || dashes == 1
		case isDigit(c):
		default:
			return false
		}
	}
	if dash < 0 {
		// No dash: a machine prefix, then digits (FS01, DC02, SRV12).
		k := 0
		for k < len(tok) && tok[k] >= 'A' && tok[k] <= 'Z' {
			k++
		}
		return k > 0 && k < len(tok) && machinePrefixes[string(tok[:k])] && isDigitsOnly(tok[k:])
	}
	return dash > 0 && (secondLetter || machinePrefixes[string(tok[:dash])])
}

// interfaceNext reports whether the word at s[k] is an ASA interface and address
// (inside:10.1.1.1/1234): "due to DNS Query" is prose.
func interfaceNext(s []byte, k int) bool {
	for e := k; e < len(s) && e < k+64 && s[e] != ' '; e++ {
		if s[e] == ':' {
			return e > k
		}
	}
	return false
}

// ftpReplyAt reports whether an FTP reply's code follows s[j:] (" 331", " 530 "): a
// digit 1 to 5, two more, then a blank or the end.
func ftpReplyAt(s []byte, j int) bool {
	return j+4 <= len(s) && s[j] == ' ' && s[j+1] >= '1' && s[j+1] <= '5' && isDigit(s[j+2]) && isDigit(s[j+3]) &&
		(j+4 == len(s) || s[j+4] == ' ')
}

// filezillaPeerAt reports whether FileZilla Server's peer follows s[j:]: " (ADDRESS)> ".
func filezillaPeerAt(s []byte, j int) bool {
	if !hasPrefixAt(s, j, " (") {
		return false
	}
	end := bytes.IndexByte(s[j+2:min(len(s), j+2+48)], ')')
	if end < 2 || !hasPrefixAt(s, j+2+end, ")>") {
		return false
	}
	_, err := netip.ParseAddr(string(s[j+2 : j+2+end]))
	return err == nil
}

// accountVerbAt reports whether s[k:] starts with a verb that tells what became of an
// account or its login: succeeded, failed, modified, created, ...
func accountVerbAt(s []byte, k int) bool {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	return e-k >= 5 && (e == len(s) || !isAlnum(s[e])) && equalFoldAny(s[k:e], "succeeded", "failed", "modified", "created",
		"deleted", "logged", "locked", "unlocked", "disabled", "enabled", "changed", "updated", "removed", "added",
		"authenticated", "rejected", "denied")
}

// atlassianRequestIDAt reports whether s[k:] starts with the request id Jira and
// Confluence write after the user in their logs: minutes of the day, a counter and a
// concurrency count joined by 'x' (573x48299x1), then the session's id and the client's
// address (each may be '-').
func atlassianRequestIDAt(s []byte, k int) bool {
	for part := 0; part < 3; part++ {
		d := k
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == d || k-d > 9 || k >= len(s) || part == 0 && (k-d > 4 || k-d == 4 && string(s[d:k]) > "1439") {
			return false // (the first part counts the minutes of the day: 1920x1080x3 is a size)
		}
		if part < 2 && s[k] != 'x' || part == 2 && s[k] != ' ' {
			return false
		}
		k++
	}
	for k < len(s) && s[k] != ' ' {
		k++ // the session's id, or '-'
	}
	return k+1 < len(s) && (isDigit(s[k+1]) || s[k+1] == '-') // the client's address, or '-'
}

// genesysAttribute returns the category of a Genesys T-Server attribute's value by the
// attribute's name (AttributeAgentID: AgentID), as key=value text names it, or "".
func (w *worker) genesysAttribute(name, value []byte) string {
	if inLower(actorWords, name) {
		if loginShaped(value) || markedLogin(value) {
			return categories.Username // (an agent's id may be a number: it stays)
		}
		return ""
	}
	return w.e.rawKeys.lookup(name)
}

// userNoteAt reports whether s[k:] is the word for a user in one of the languages of
// European audit exports, closed by ')': "user)", "utilisateur)", "Benutzer)".
func userNoteAt(s []byte, k int) bool {
	e := bytes.IndexByte(s[k:min(len(s), k+16)], ')')
	return e >= 4 && equalFoldAny(s[k:k+e], "user", "utilisateur", "benutzer", "usuario", "utente", "gebruiker",
		"użytkownik", "uzytkownik", "usuário", "användare", "bruger", "bruker", "käyttäjä")
}

// loginPhraseBefore reports whether the words before hold a login's verb: login, logged
// in, signed in, authenticated (in any case).
func loginPhraseBefore(b []byte) bool {
	var buf [48]byte
	lower := buf[:0]
	for _, c := range b {
		lower = append(lower, foldByte(c))
	}
	return bytes.Contains(lower, []byte("login ")) || bytes.Contains(lower, []byte("logged in")) ||
		bytes.Contains(lower, []byte("signed in")) || bytes.Contains(lower, []byte("authenticated"))
}

// userListBefore reports whether s[i] stands in a bracketed list that follows "users",
// "members" or "accounts" and a blank: users [a, b, c].
func userListBefore(s []byte, i int) bool {
	k := i - 1
	for k > 0 && i-k < 240 && s[k] != '[' {
		if s[k] == ']' || s[k] == '"' {
			return false
		}
		k--
	}
	if k < 6 || s[k] != '[' || s[k-1] != ' ' {
		return false
	}
	e := k - 1
	b := e
	for b > 0 && isLetter(s[b-1]) {
		b--
	}
	return e-b >= 5 && equalFoldAny(s[b:e], "users", "members", "accounts")
}

// wordEndAt returns where the word of letters (beyond ASCII too) that starts at s[k] ends.
func wordEndAt(s []byte, k int) int {
	for k < len(s) && (isLetter(s[k]) || s[k] >= 0x80) {
		k++
	}
	return k
}

// frenchAfterPar are the words "par" puts after a participle that name a way, not who:
// fermée par erreur, créé par défaut, envoyé par courrier.
var frenchAfterPar = map[string]bool{"erreur": true, "défaut": true, "courrier": true, "téléphone": true,
	"email": true, "exemple": true, "système": true, "systeme": true, "semaine": true, "heure": true,
	"minute": true, "utilisateur": true, "administrateur": true, "opérateur": true, "agent": true,
	"l'administrateur": true, "l'utilisateur": true, "lecteur": true, "badge": true, "biais": true,
	"rapport": true, "ailleurs": true, "suite": true, "session": true, "script": true, "tâche": true}

// germanBeforeParticiple are the words between the word for user and a participle that
// say how or when, not who: Benutzer wurde angemeldet, Benutzer erfolgreich angemeldet.
var germanBeforeParticiple = map[string]bool{"wurde": true, "wurden": true, "erfolgreich": true,
	"nicht": true, "bereits": true, "automatisch": true, "manuell": true, "erneut": true, "wieder": true,
	"konnte": true, "hat": true, "ist": true, "sind": true, "wird": true, "werden": true, "soeben": true}

// workstationThen reports the word for a workstation in the languages of Europe before a
// machine's name of letters and digits (estación MADPUE8476, Arbeitsplatz PRAXIS-EMPF01;
// not Arbeitsplatz 3 or estación E5).
func workstationThen(p, v []byte) bool {
	return len(p) >= 8 && len(p) <= 12 && len(v) >= 5 && machineLabel(v) && containsDigit(v) && hasLetter(v) &&
		equalFoldAny(p, "estación", "estacion", "estação", "arbeitsplatz", "werkplek", "stanowisko", "postazione")
}

// bareKeyAt reports a key=value field's key at s[k]: letters, digits, '_', '-' or '.'
// up to '=' and a value after it.
func bareKeyAt(s []byte, k int) bool {
	e := k
	for e < len(s) && e-k <= 32 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == '.') {
		e++
	}
	return e > k && isLetter(s[k]) && e+1 < len(s) && s[e] == '=' && s[e+1] != ' ' && s[e+1] != '='
}

// loginInPassing reports the word login p before a login v written as one, which ends at
// s[j] with a bracket's end, a comma or the line ("(ODR Lublin, login odr.lublin.epawlak)";
// not a sentence's "Login successful.").
func loginInPassing(p, s []byte, j int, v []byte) bool {
	return len(p) == 5 && equalFold(p, "login") && (j == len(s) || s[j] == ')' || s[j] == ',') &&
		v[len(v)-1] != '.' && markedLogin(v)
}

// filterOperandCategory returns the category of the quoted operand that starts at s[i]
// of a comparison in a PowerShell or OData filter whose attribute names it ("Surname -eq
// 'Kaczmarek'", "SamAccountName -like 'jdoe*'", "mail eq 'a@b'"), or "".
func (w *worker) filterOperandCategory(s []byte, i int) string {
	k := i - 2 // the blank before the quote
	if s[k] != ' ' {
		return ""
	}
	op := k
	for op > 0 && (isLetter(s[op-1])) {
		op--
	}
	if op > 0 && s[op-1] == '-' {
		op--
	}
	if !equalFoldAny(s[op:k], "-eq", "-like", "-ne", "-notlike", "-ceq", "-ieq", "eq", "ne") {
		return ""
	}
	if op < 2 || s[op-1] != ' ' {
		return ""
	}
	a := op - 1
	for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '_') {
		a--
	}
	if a == op-1 {
		return ""
	}
	switch c := w.e.rawKeys.lookup(s[a : op-1]); c {
	case categories.Username, categories.Fullname, categories.Email, categories.Phone, categories.Hostname, categories.NationalID:
		return c
	}
	return ""
}

// freeIPAUserCommandBefore reports FreeIPA's user command and its version before the
// quote at s[q] (user_show/1(', user_mod/1(', passwd/1('): its first argument is a login.
func freeIPAUserCommandBefore(s []byte, q int) bool {
	if q < 9 || s[q-1] != '(' || s[q-2] != '1' || s[q-3] != '/' {
		return false
	}
	k := q - 3
	for k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || s[k-1] == '_') {
		k--
	}
	cmd := s[k : q-3]
	return len(cmd) > 5 && string(cmd[:5]) == "user_" || string(cmd) == "passwd"
}
