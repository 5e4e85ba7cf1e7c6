package anon

import (
	"bytes"
	"fmt"

	"github.com/siemanon/siemanon/categories"

	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// maxJSONDepth bounds the nesting of a JSON record. A deeper line is scanned as raw text
// instead: still rewritten, but without a recursion as deep as the input is long.
const maxJSONDepth = 512

// maxRecordDepth bounds records in strings of records: JSON logged as a string, once or
// twice over ({"log":"{\"msg\":\"{\\\"user\\\":...}\"}"}). Deeper, a string is
// scanned as text.
const maxRecordDepth = 4

// jsonScratch is what rewriting a JSON record works in: the unescaped string, the raw
// offset of each unescaped byte, the key path, the leaves, and a bit per profile the
// record has a signature key of (the caches remember it per path, and the category of a
// path per profile set).
type jsonScratch struct {
	unescaped    []byte
	offsets      []int
	path         []byte
	pathArena    []byte
	leaves       []leaf
	idLeaves     []leaf // integers that may be users' ids, apart: the others' neighbours stay theirs
	detectedMask uint64
}

// inRecord reports whether a JSON record is being rewritten.
func (w *worker) inRecord() bool { return w.recordDepth > 0 }

// jsonRecord rewrites a JSON record by key and reports whether line was one. Edits splice
// the original bytes: key order, spacing, escapes elsewhere and numbers stay as they were.
// A record found in a string of another is rewritten with a scratch of its own, and its
// edits, in the outer string's coordinates, are escaped again by the outer string.
func (w *worker) jsonRecord(line []byte, base int) bool {
	if w.recordDepth >= maxRecordDepth {
		return false
	}
	if !shallowEnough(line, maxJSONDepth) {
		// Too deep to validate or walk without a recursion as deep as the input. Scanned
		// as text, its values at keys (a user name) would leak: it is not processed.
		if closesJSON(line) {
			w.rejected = fmt.Sprintf("JSON nested deeper than %d levels", maxJSONDepth)
		}
		return false
	}
	if !gjson.ValidBytes(line) {
		return false
	}
	if w.recordDepth > 0 {
		for len(w.nested) < w.recordDepth {
			w.nested = append(w.nested, jsonScratch{})
		}
		k := w.recordDepth - 1
		w.jsonScratch, w.nested[k] = w.nested[k], w.jsonScratch
		defer func() { w.jsonScratch, w.nested[k] = w.nested[k], w.jsonScratch }()
	}
	w.recordDepth++
	defer func() { w.recordDepth-- }()
	// The line is valid JSON (gjson says so); walk it with a scanner that knows that.
	i := skipSpace(line, 0)
	if line[i] == '[' && line[skipSpace(line, i+1)] != '"' {
		// An array of events (a SIEM export): each element is a record of its own, with
		// its own profiles. An array of strings is one record: a command's arguments
		// (["--password", "X"]) are read together.
		i = skipSpace(line, i+1)
		for line[i] != ']' {
			w.beginRecord()
			i = skipSpace(line, w.walk(line, i))
			w.finishRecord(line, base)
			if line[i] == ',' {
				i = skipSpace(line, i+1)
			}
		}
		return true
	}
	w.beginRecord()
	w.walk(line, i)
	w.finishRecord(line, base)
	return true
}

// leaf is a string value of a record: its key path in w.pathArena and its bytes between
// the quotes in the line.
type leaf struct {
	pathStart, pathEnd int
	start, end         int
	number             bool // an epoch number at a time key, or a coordinate: not a string
	id                 bool // an integer of six digits or more: a user's id where its key names one
}

func (w *worker) beginRecord() {
	w.leaves = w.leaves[:0]
	w.idLeaves = w.idLeaves[:0]
	w.pathArena = w.pathArena[:0]
	w.path = w.path[:0]
	w.detectedMask = 0
}

// finishRecord rewrites the leaves of a record: by the category their path has in the
// profiles the record was given (those whose signature keys it has), or as raw text.
func (w *worker) finishRecord(line []byte, base int) {
	mask := w.detectedMask
	if !w.e.autoProfiles {
		mask = 1<<len(w.e.profiles) - 1
	}
	// Records of one stream share their schema: the category of a path under a set of
	// profiles is looked up in the profiles once, then cached.
	cache := w.categoryCache[mask]
	if cache == nil {
		if len(w.categoryCache) > 64 {
			clear(w.categoryCache)
		}
		cache = map[string]string{}
		w.categoryCache[mask] = cache
	}
	categoryOf := func(path []byte) string {
		category, ok := cache[string(path)]
		if !ok {
			named := false
			for k, p := range w.e.profiles {
				if mask&(1<<k) != 0 {
					if c, found := p.Category(path); found {
						category, named = c, true
						break
					}
					if p.Names(path) {
						named = true // a "none" row: text, unless another profile names it
					}
				}
			}
			switch {
			case mask == 0:
				category = w.fallbackCategory(path)
			case !named && w.e.autoProfiles:
				// A key the profiles detected do not name is read by its last part when
				// that names a user, a secret, a mail address or an IP (a profile named
				// with --profile is all there is): a honeypot's
				// {"eventid":..,"username":..,"password":..} looks like Windows event
				// JSON to the winlog profile, which has neither. Weaker names (device,
				// displayName) are left to the profile, which knows its schema.
				keyPath := wrappedValueKey(path)
				switch c := w.lastKeyCategory(keyPath); c {
				case categories.Username, categories.Secret, categories.Email, categories.IP,
					categories.Hostname, categories.Domain, categories.Organization, categories.MAC, categories.Geo,
					categories.NationalID, categories.DeviceID, categories.IBAN, categories.Card, categories.Phone, sessionIDValue, roleLoginValue, idLoginValue:
					category = c // (a phone's key is no schema's other field: Mindbody's "eventId" is no Windows event's)
				case categories.Fullname:
					if bytes.IndexByte(keyPath, ' ') > 0 || personNamePart(lastPathPart(keyPath)) ||
						equalFoldAny(lastPathPart(keyPath), "name", "nom", "naam", "nome", "nombre", "navn", "namn") {
						category = c // a custom property named in words: QRadar's "Full Name"; first_name; a role's name (mandant.nom)
					}
				}
			}
			// Epoch numbers written as strings ("created":"1709633472") are shifted like
			// numbers; a time key's value that is no timestamp still gets the text scan.
			if category == "" && w.shiftTime && w.isTimeKey(path) {
				category = categories.Time
			}
			if category == "" && versionKey(path) {
				category = versionCategory // looked up once per path, not per value
			}
			if len(cache) >= nameCacheLimit {
				clear(cache)
			}
			cache[string(path)] = category
		}
		return category
	}
	cmd := 0 // the leaf of a run of array elements that is its first: a command's name
	for k, lf := range w.leaves {
		path := w.pathArena[lf.pathStart:lf.pathEnd]
		category := categoryOf(path)
		if w.e.observing {
			w.where = w.label("json", path)
		}
		if lf.number {
			if categories.IsCoordinate(line[lf.start:lf.end]) && positionKey(path, line[lf.start:lf.end]) {
				w.keyedValue(categories.Coordinate, line[lf.start:lf.end], base+lf.start)
			} else {
				w.keyedValue(categories.Time, line[lf.start:lf.end], base+lf.start)
			}
			continue
		}
		raw := line[lf.start:lf.end]
		if category == knownCityValue && (!w.knownCity(raw) || machineLocation(path)) {
			category = "" // {"location":"Room 4, ..."}: text, and the record's other clues
		}
		if category == idLoginValue && !idLoginShaped(raw) {
			category = "" // a guest's "id":"G-5533310": the record's other clues decide
		}
		if (category == categories.Username || category == idLoginValue) && w.machineActor(line, k) {
			category = "" // {"actor":{"type":"system","name":"matcher"}}: a program, no one's login
		}
		if category == "" && w.personOfType(line, k) {
			category = categories.Fullname // Okta: a target's displayName when its type is User
		}
		if category == "" && len(raw) >= 5 {
			if last := lastPathPart(path); len(last) >= 3 && len(last) <= 6 && equalFoldAny(last, "name", "naam", "nom", "nome", "nombre", "navn", "namn") {
				if registerName(raw) {
					category = categories.Fullname // Osiris' "naam":"Jansen-Kok, F.M. (Fleur)"
				}
			} else if len(last) >= 7 && last[len(last)-1]|0x20 == 't' && lf.end < len(line) && line[lf.end] == '"' && contactKey(last) && quotedPersonName(line, lf.start) {
				category = categories.Fullname // a site's "contact":"Bronwyn O'Keefe", a tenant's primary_contact
			}
		}
		if category == "" && len(raw) > 0 {
			category = w.answerOfField(line, k) // Typeform: {"text":"Sanne","field":{"ref":"first_name"}}
		}
		if category == "" && w.hostOfType(line, k) {
			category = categories.Hostname // Wiz, Rubrik: {"name":"vm-claims-01","type":"VIRTUAL_MACHINE"}
		}
		if category == "" && (w.surnameBesideGivenName(line, k) || w.fhirNamePart(line, k)) {
			category = categories.Fullname // {"nom":"DUPUIS","prenom":"Marion"}, {"given":"Erik","family":"Johansson"}
		}
		if category == "" && len(raw) >= 5 && raw[0] >= 0xc0 && equalFold(lastPathPart(path), "name") && nonLatinPersonName(bytes.Fields(raw)) {
			category = categories.Fullname // a Wi-Fi portal's {"name":"西村 陽翔"}: a person written in another script
		}
		if category == "" && w.nameBesideEmail(line, k) {
			category = categories.Fullname // Nexus: {"id":"jdoe","name":"Jane Doe","email":"jdoe@..."}
		}
		if category == "" && w.loginBesideFullName(line, k) {
			category = categories.Username // Ansible: {"fullname":"Jane Doe","name":"jdoe.adm"}
		}
		if category == "" && w.idBesideNameAndEmail(line, k) {
			category = categories.Username // Nexus: {"id":"jdoe","name":"Jane Doe","email":"jdoe@..."}
		}
		if category == "" && w.userTargetDetails(line, k) {
			category = categories.Username // GitLab: target_details of a target whose type is User
		}
		if category == "" && len(raw) > 0 {
			category = w.dlpFindingQuote(line, k) // Google Cloud DLP: the matched text at quote, by its info_type
		}
		if category == "" && w.ldapBindPassword(line, k) {
			category = categories.Secret // Zeek's ldap.log: a simple bind's argument is its password
		}
		if category == "" && w.userAlternateID(line, k) {
			category = categories.Username // Okta: a target's alternate id when its type is User or AppUser
		}
		if category == "" && actorKey(lastPathPart(path)) && loginShapedAt(raw, 0) && len(accountRun(raw, 0)) == len(raw) {
			category = categories.Username // approvedBy, triggeredBy: who did it, when written as a login
		}
		if p := roleLoginPrefix(raw); category == "" && p > 0 && actorKey(lastPathPart(path)) {
			// "changedBy":"agent:jrodriguez": the actor's kind, then their login
			w.keyedValue(categories.Username, raw[p:], base+lf.start+p)
			continue
		}
		if category == "" && gecosShaped(line[lf.start:lf.end]) {
			w.gecosValue(line[lf.start:lf.end], base+lf.start) // osquery's users.description
			continue
		}
		if category == categories.Fullname && (w.applicationNamed(line, k) || w.propertyNamed(line, k)) {
			category = "" // an application's or a property's name: text
		}
		if category == "" {
			category = w.namedByPair(line, k)
		}
		if category == "" && len(path) >= 6 && path[len(path)-1]|0x20 == 'r' && w.identityDocumentNumber(line, k) {
			category = categories.NationalID // Sumsub's idDocs: {"idDocType":"ID_CARD","number":...}
		}
		if category == "" && len(path) >= 8 && path[len(path)-1]|0x20 == 'n' && (w.locationBesideCoordinates(k) || w.geoLocatedPlace(k, raw)) {
			category = categories.Geo // Zendesk: {"location":"Köln, NW, Germany","latitude":50.9,...}
		}
		// An array of a command's arguments (process.args): an element is the value of
		// the option before it (curl -u USER:PASSWORD, --password X, sshpass -p X).
		if k > 0 && category == "" && bytes.Equal(path, w.pathArena[w.leaves[k-1].pathStart:w.leaves[k-1].pathEnd]) {
			prev := line[w.leaves[k-1].start:w.leaves[k-1].end]
			if cat, skip := argValueCategory(w.e.rawKeys, line[w.leaves[cmd].start:w.leaves[cmd].end], prev, raw); cat != "" {
				w.argValue(cat, raw, skip, base+lf.start)
				continue
			}
		} else {
			cmd = k
		}
		if category == versionCategory {
			if versionShaped(raw) {
				continue // "Version":"4.3.0.188", "agent.version":"8.11.0": no address (4.3.0.188 too)
			}
			category = ""
		}
		w.jsonString(raw, base+lf.start, category)
	}
	for _, lf := range w.idLeaves {
		path := w.pathArena[lf.pathStart:lf.pathEnd]
		category := categoryOf(path)
		switch {
		case category == categories.Username && string(line[lf.start:lf.end]) != "4294967295":
			// (auditd's unset id, -1 as unsigned, is no one's)
		case category == categories.DeviceID:
			// Nuki's smart locks and other devices numbered by their makers ("smartlockId":370049749).
		case (category == categories.Phone || category == categories.Email) && lf.end-lf.start >= 8 && lf.end-lf.start <= 15:
			// A number without its "+" ("msisdn":32475123456), also where an address might
			// stand: an SMS gateway's "recipients":[4366412345678].
			category = categories.Phone
		default:
			continue
		}
		if w.e.observing {
			w.where = w.label("json", path)
		}
		// A user's numeric id or a phone number: a number of as many digits, none leading
		// zero, so the record keeps its types.
		w.keyedValue(category, line[lf.start:lf.end], base+lf.start)
	}
	w.where = whereText
}

// versionCategory marks, in the per-path category cache, a key that names a version and
// no category: its value is kept when shaped as a version, else scanned as text.
const versionCategory = "\x00version"

// versionKey reports whether a path's last key names a version (version, agentVersion,
// os_version).
func versionKey(path []byte) bool {
	last := lastPathPart(path)
	return len(last) >= 7 && equalFold(last[len(last)-7:], "version")
}

// positionKey reports whether the number v at path is a coordinate: at a coordinate's
// key, or a value of five decimals or more at a position's (Home Assistant's geocoded
// sensor, "Location":[52.3705481,4.8851193]).
func positionKey(path, v []byte) bool {
	return coordinateKey(path) || fineDegrees(v, 180) && equalFoldAny(lastPathPart(path), "location", "position", "gps", "coords")
}

// coordinateKey reports whether a JSON number at path is a location in decimal degrees:
// its key says latitude or longitude (lat, lon, lng, latitude, regionLatitude,
// geo_lon), or it is an element of a point's array (geo.location as Elasticsearch writes
// a geo_point, [lon, lat]; GeoJSON's coordinates; an activity's start_latlng).
func coordinateKey(path []byte) bool {
	last := lastPathPart(path)
	if len(last) > 64 {
		return false
	}
	var buf [64]byte
	k := buf[:0]
	for _, c := range last {
		k = append(k, foldByte(c))
	}
	switch string(k) {
	case "lat", "lon", "lng", "long", "latitude", "longitude", "coordinates", "gps":
		return true
	case "location":
		parent := path[:max(0, len(path)-len(last)-1)]
		return len(parent) >= 3 && equalFold(parent[len(parent)-3:], "geo")
	}
	return bytes.HasSuffix(k, []byte("latitude")) || bytes.HasSuffix(k, []byte("longitude")) ||
		bytes.HasSuffix(k, []byte("_lat")) || bytes.HasSuffix(k, []byte("_lon")) || bytes.HasSuffix(k, []byte("_lng")) || bytes.HasSuffix(k, []byte("_gps")) ||
		bytes.HasSuffix(k, []byte("latlng")) || bytes.HasSuffix(k, []byte("latlon")) || bytes.HasSuffix(k, []byte("lnglat")) || bytes.HasSuffix(k, []byte("lonlat"))
}

// identityDocumentNumber reports whether leaf k is a "number" of an identity document:
// its sibling names the document's type (KYC providers' {"idDocType":"PASSPORT",
// "number":...}) or the object holding it is one ({"healthCard":{"number":...}}). The
// document's number is as personal as a national id.
func (w *worker) identityDocumentNumber(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	if len(last) != 6 || !equalFold(last, "number") {
		return false
	}
	parent := path[:len(path)-len(last)]
	if len(parent) > 1 {
		// The document named by the object that holds the number: PrescribeIT's
		// {"healthCard":{"province":"ON","number":...}}, {"passport":{"number":...}}.
		owner := lastPathPart(parent[:len(parent)-1])
		if equalFoldAny(owner, "healthCard", "health_card", "passport", "idCard", "id_card", "identityCard",
			"nationalId", "national_id", "driversLicense", "driverLicense", "drivingLicence", "residencePermit", "insuranceCard") {
			return true
		}
	}
	for _, n := range [6]int{k - 1, k - 2, k - 3, k + 1, k + 2, k + 3} {
		if n < 0 || n >= len(w.leaves) {
			continue
		}
		sibling := w.pathArena[w.leaves[n].pathStart:w.leaves[n].pathEnd]
		if len(sibling) > len(parent) && bytes.Equal(sibling[:len(parent)], parent) &&
			equalFoldAny(sibling[len(parent):], "idDocType", "docType", "documentType", "document_type", "idType", "id_type") {
			kind := bytes.ToUpper(line[w.leaves[n].start:w.leaves[n].end]) // (rare: a number beside a document's type)
			for _, word := range [...]string{"PASSPORT", "ID_CARD", "DRIV", "RESIDENCE", "NATIONAL", "IDENTITY"} {
				if bytes.Contains(kind, []byte(word)) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// geoLocatedPlace reports whether leaf k is a "location" written as an IP address's
// place is: a town, a region's code, a country (Zendesk's audit metadata, "Vilnius, 65,
// Lithuania"; "Frankfurt am Main, 05, Germany").
func (w *worker) geoLocatedPlace(k int, v []byte) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	if len(last) != 8 || !equalFold(last, "location") {
		return false
	}
	c1 := bytes.Index(v, []byte(", "))
	if c1 < 2 || !(v[0] >= 'A' && v[0] <= 'Z' || v[0] >= 0x80) {
		return false
	}
	c2 := bytes.Index(v[c1+2:], []byte(", "))
	if c2 < 1 || c2 > 3 {
		return false
	}
	return w.geo.IsCountry(v[c1+2+c2+2:])
}

// locationBesideCoordinates reports whether leaf k is a "location" whose siblings
// within a few leaves are a latitude or a longitude: a place, not a file's or a code's
// location.
func (w *worker) locationBesideCoordinates(k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	if len(last) != 8 || !equalFold(last, "location") {
		return false
	}
	parent := path[:len(path)-len(last)]
	for _, n := range [6]int{k - 1, k - 2, k - 3, k + 1, k + 2, k + 3} {
		if n < 0 || n >= len(w.leaves) {
			continue
		}
		sibling := w.pathArena[w.leaves[n].pathStart:w.leaves[n].pathEnd]
		if len(sibling) > len(parent) && bytes.Equal(sibling[:len(parent)], parent) &&
			equalFoldAny(sibling[len(parent):], "latitude", "longitude", "lat", "lon", "lng") {
			return true
		}
	}
	return false
}

// namedByPair returns the category the name of a {"name":N,"value":V} pair gives to the
// value at leaf k, as a key=value's key would (AWS WAF's headers, {"name":
// "Authorization","value":...}; EC2 tags; CrowdStrike's Key and ValueString; Entra and
// Intune's modified properties, {"Name":N,"OldValue":V,"NewValue":W}; HubSpot's
// {"propertyName":N,"propertyValue":V}; DocuSign's {"tabLabel":N,"value":V}; OPERA Cloud's
// business events, {"elementName":N,"oldValue":V,"newValue":W}; Keycloak's
// credentials, {"type":"secret","value":V}; Onfido's {"type":"tax_id","value":V}; Scrive's
// signatories' {"type":"name","value":V}; Windows event XML
// converted to JSON, {"@Name":N,"#text":V}), or "".
func (w *worker) namedByPair(line []byte, k int) string {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	n := len(last)
	if n != 3 && n != 5 && n != 7 && n != 8 && n != 11 && n != 13 {
		return "" // most leaves, at the price of one comparison
	}
	if string(last) == "stringValue" {
		return w.namedByAttribute(line, k, path[:len(path)-len(last)])
	}
	if c := last[0] | 0x20; c != 'v' && c != 'n' && c != 'o' && c != '#' && c != 'p' ||
		!equalFoldAny(last, "value", "valuestring", "val", "newvalue", "oldvalue", "newtext", "oldtext", "old", "new", "#text", "propertyValue") {
		return ""
	}
	parent := path[:len(path)-len(last)] // with its '.', or empty at the top
	// The name is a sibling within a few leaves (Atlassian's audit writes nameI18nKey
	// between name and value).
	for _, n := range [6]int{k - 1, k - 2, k - 3, k + 1, k + 2, k + 3} { // the value's own name comes first
		if n < 0 || n >= len(w.leaves) {
			continue
		}
		sibling := w.pathArena[w.leaves[n].pathStart:w.leaves[n].pathEnd]
		if len(sibling) <= len(parent) || !bytes.Equal(sibling[:len(parent)], parent) ||
			!equalFoldAny(sibling[len(parent):], "name", "key", "field", "displayname", "property", "@name", "type", "system", "propertyName", "tabLabel", "elementName") {
			continue
		}
		name := line[w.leaves[n].start:w.leaves[n].end]
		if equalFold(sibling[len(parent):], "system") {
			// A FHIR identifier, {"system":"http://fhir.nl/fhir/NamingSystem/bsn",
			// "value":V}, {"system":"http://hl7.org/fhir/sid/us-ssn"}: the system's last
			// part names a national identifier; any other system names nothing.
			last := name[bytes.LastIndexAny(name, "/:")+1:]
			if w.e.rawKeys.lookupAssigned(last) == categories.NationalID ||
				w.e.rawKeys.lookupAssigned(last[bytes.LastIndexByte(last, '-')+1:]) == categories.NationalID {
				return categories.NationalID
			}
			continue
		}
		if equalFold(sibling[len(parent):], "type") {
			// Keycloak's credentials, {"type":"password","value":...}: a type that names
			// a secret; SCIM's {"type":"work"} and Greenhouse's {"value":"ul. Długa 17/4,
			// ...","type":"home"} name no category of their value.
			switch c := w.e.rawKeys.lookupAssigned(name); c {
			case categories.Secret, categories.NationalID, categories.Fullname, categories.Phone, categories.Email, categories.IBAN:
				return c // (Onfido's id_numbers, {"type":"tax_id","value":...}; Scrive's {"type":"mobile",...})
			}
			if equalFold(name, "name") {
				return categories.Fullname // Scrive's signatory fields: {"type":"name","order":1,"value":"Åsa"}
			}
			continue
		}
		if c := w.e.rawKeys.lookupAssigned(name); c != "" {
			return c
		}
		if sp := bytes.IndexByte(name, ' '); sp > 0 && len(name) <= 64 {
			// a name of words as a key of them joined by '_': OPERA's "GUEST NAME"
			var buf [64]byte
			joined := append(buf[:0], name...)
			for i, c := range joined {
				if c == ' ' {
					joined[i] = '_'
				}
			}
			if c := w.e.rawKeys.lookupAssigned(joined); c != "" {
				return c
			}
		}
		if sp := bytes.LastIndexByte(name, ' '); sp > 0 && sp+1 < len(name) {
			if c := w.e.rawKeys.lookup(name[sp+1:]); c == categories.Username || c == categories.Email || c == categories.Hostname {
				return c // "Target user", "Affected user", "Source host"
			}
		}
		if keyedToken(name, line[w.leaves[k].start:w.leaves[k].end]) {
			return categories.Secret // OCPP's ChangeConfiguration, {"key":"AuthorizationKey","value":...}
		}
		if equalFold(line[w.leaves[n].start:w.leaves[n].end], "Name") && equalFold(sibling[len(parent):], "key") {
			return categories.Address // an EC2 instance's Name tag: its host name
		}
		return ""
	}
	if (len(last) > 5 || len(last) == 3) && (last[0]|0x20 == 'n' || last[0]|0x20 == 'o') && len(parent) > 1 {
		// A change written as {"preSharedKey":{"oldText":...,"newText":...}} (Meraki's
		// configuration changes), {"address.postcode":{"old":...,"new":...}} (a ticket
		// shop's audit): the object's key names both.
		return w.e.rawKeys.lookupAssigned(lastPathPart(parent[:len(parent)-1]))
	}
	return ""
}

// otelAttributes are OpenTelemetry's attribute names (semantic conventions) that name
// personal data where ECS has no field of the same name.
var otelAttributes = map[string]string{"enduser.id": categories.Username,
	"client.address": categories.Address, "server.address": categories.Address,
	"net.peer.name": categories.Address, "net.host.name": categories.Address,
	"net.peer.ip": categories.IP, "net.sock.peer.addr": categories.IP, "network.peer.address": categories.IP,
	"k8s.node.name": categories.Hostname, "session.id": categories.Secret,
	"http.request.header.authorization": categories.Secret, "http.request.header.cookie": categories.Secret,
	"db.user": categories.Username, "http.client_ip": categories.IP}

// namedByAttribute returns the category an OpenTelemetry attribute's key gives to its
// value at leaf k, {"key":"host.name","value":{"stringValue":...}} (OTLP JSON), by ECS's
// field of the same name or the semantic conventions; valuePath is the path up to and
// with "value.".
func (w *worker) namedByAttribute(line []byte, k int, valuePath []byte) string {
	parent, ok := bytes.CutSuffix(valuePath, []byte("value."))
	if !ok {
		// An array attribute: {"key":K,"value":{"arrayValue":{"values":[{"stringValue":V}]}}}
		if parent, ok = bytes.CutSuffix(valuePath, []byte("value.arrayValue.values.")); !ok {
			return ""
		}
	}
	for _, n := range [2]int{k - 1, k + 1} {
		if n < 0 || n >= len(w.leaves) {
			continue
		}
		sibling := w.pathArena[w.leaves[n].pathStart:w.leaves[n].pathEnd]
		if len(sibling) != len(parent)+3 || !bytes.HasPrefix(sibling, parent) || string(sibling[len(parent):]) != "key" {
			continue
		}
		name := line[w.leaves[n].start:w.leaves[n].end]
		if c, ok := otelAttributes[string(name)]; ok {
			return c
		}
		if w.e.ecs != nil {
			if c, ok := w.e.ecs.Category(name); ok {
				return c
			}
		}
		return w.e.rawKeys.lookupAssigned(lastPathPart(name))
	}
	return ""
}

// argValueCategory returns the category of an argument raw, the element after prev in
// the argument array of the command cmd (its first element), and how many of its bytes
// to skip (an option glued to its value), or "": credentials after curl's -u and --user,
// a secret after a password option or sshpass -p, mysql's -u, -h and glued -pPASSWORD,
// -uUSER, -hHOST.
func argValueCategory(keys *rawKeyTable, cmd, prev, raw []byte) (string, int) {
	name := cmd[max(bytes.LastIndexByte(cmd, '/'), bytes.LastIndexByte(cmd, '\\'))+1:]
	name = bytes.TrimSuffix(bytes.ToLower(name), []byte(".exe"))
	mysql := bytes.HasPrefix(name, []byte("mysql")) || bytes.HasPrefix(name, []byte("mariadb"))
	switch {
	case mysql && len(raw) > 2 && raw[0] == '-' && mysqlOptionCategory(raw[1]) != "":
		return mysqlOptionCategory(raw[1]), 2
	case mysql && len(prev) == 2 && prev[0] == '-' && prev[1] != 'p' && mysqlOptionCategory(prev[1]) != "":
		return mysqlOptionCategory(prev[1]), 0
	case string(name) == "curl" && (string(prev) == "-u" || string(prev) == "--user"):
		return credentials, 0
	case string(name) == "sshpass" && string(prev) == "-p":
		return categories.Secret, 0
	case len(prev) > 2 && prev[0] == '-':
		if cat := keys.lookup(trimOptionDashes(prev)); cat == categories.Secret || cat == categories.Username {
			return cat, 0
		}
	}
	return "", 0
}

// mysqlOptionCategory returns the category of the value of mysql's short option -c:
// -p a password, -u a user, -h a host.
func mysqlOptionCategory(c byte) string {
	switch c {
	case 'p':
		return categories.Secret
	case 'u':
		return categories.Username
	case 'h':
		return categories.Address
	}
	return ""
}

// argValue rewrites an argument of the category argValueCategory gave, its first skip
// bytes an option, at base.
func (w *worker) argValue(category string, raw []byte, skip, base int) {
	if category == credentials {
		w.credentialsValue(raw, skip, len(raw), base)
		return
	}
	w.keyedValue(category, raw[skip:], base+skip)
}

// isTimeKey reports whether the last key of path names a time (timestamp, ts, eventtime).
func (w *worker) isTimeKey(path []byte) bool {
	last := path
	if dot := bytes.LastIndexByte(path, '.'); dot >= 0 {
		last = path[dot+1:]
	}
	return w.e.rawKeys.lookup(last) == categories.Time || equalFoldAny(last, "@timestamp", "time", "created", "updated", "eventTime")
}

// fallbackCategory names the category of a path in a record that no profile detected:
// by the generic ECS field names (user.name, source.ip), else by the last key as in raw
// key=value text ({"user":"jdoe","src_ip":"10.1.2.3"}). Exports wrap records
// (Elasticsearch's hits.hits._source, {"events":[...]}, Splunk's result): a path whose
// tail of two or more keys a profile names (host.name,
// winlog.event_data.SubjectUserName) is read so.
func (w *worker) fallbackCategory(path []byte) string {
	if w.e.ecs != nil {
		if c, ok := w.e.ecs.Category(path); ok {
			return c
		}
		if w.e.ecs.Names(path) {
			return "" // a "none" row: no personal data by ECS's schema (user_agent.device.name)
		}
	}
	path = wrappedValueKey(path) // {"firstname":{"value":"Jan"}}: read as firstname
	// Tails of two to six keys, longest first: profiles name no longer paths, and the
	// bound keeps a record nested hundreds deep linear in its leaves.
	var dots [6]int
	n := 0
	for k := len(path) - 1; k >= 0 && n < len(dots); k-- {
		if path[k] == '.' {
			dots[n] = k
			n++
		}
	}
	for m := n - 1; m >= 1; m-- {
		tail := path[dots[m]+1:]
		for _, p := range w.e.profiles {
			if p == w.e.winlog {
				// Its "**.Name" rows are Windows event data's names, anywhere under a
				// Windows record (which its signatures detect); elsewhere a serviceName
				// (GuardDuty's "guardduty") is no Kerberos service's account.
				continue
			}
			if c, ok := p.Category(tail); ok {
				return c
			}
		}
	}
	if c := w.lastKeyCategory(path); c != terminalValue || bytes.HasPrefix(lastPathPart(path), []byte("T")) {
		return c
	}
	return "" // a payment terminal's "terminal": (see terminalValue)
}

// registerName reports a person's name as registers write it: the surname (particles
// first: van der Linden), a comma, the initials, and the given name in brackets or not
// (Jansen-Kok, F.M. (Fleur); Yılmaz, E.).
func registerName(v []byte) bool {
	c := bytes.Index(v, []byte(", "))
	if c < 2 || c+4 > len(v) {
		return false
	}
	k := 0
	for {
		e := k
		for e < c && v[e] >= 'a' && v[e] <= 'z' {
			e++
		}
		if e == k || e >= c || v[e] != ' ' || !surnameParticles[string(v[k:e])] {
			break
		}
		k = e + 1
	}
	if nameWordEnd(v, k) != c {
		return false
	}
	rest := v[c+2:]
	sp := bytes.IndexByte(rest, ' ')
	initials := rest
	if sp > 0 {
		initials = rest[:sp]
	}
	if !initialsRun(initials) {
		return false
	}
	if sp < 0 {
		return true
	}
	given := rest[sp+1:]
	return len(given) > 3 && given[0] == '(' && given[len(given)-1] == ')' && nameWordEnd(given, 1) == len(given)-1
}

// contactKey reports a key that names a contact (contact, primary_contact,
// emergencyContact), whose value is a person's name when it is shaped as one.
func contactKey(k []byte) bool {
	return len(k) >= 7 && equalFold(k[len(k)-7:], "contact") && (len(k) == 7 || k[len(k)-8] == '_' || k[len(k)-7] == 'C')
}

// personKeys are the objects whose name or login is a person's account: author.name,
// actor.login, owner.name (GitLab, Atlassian, GitHub, Jira audit records).
var personKeys = map[string]bool{"author": true, "actor": true, "user": true, "owner": true, "user_profile": true,
	"creator": true, "assignee": true, "reporter": true, "requester": true, "principal": true,
	"member": true, "approver": true, "committer": true, "sender": true, "initiator": true,
	"operator": true} // (WeCom's operator.name)

// personRoles are the objects whose name is a person's full name: a shipment's
// recipient, an order's customer, a record's patient.
var personRoles = map[string]bool{"recipient": true, "customer": true, "patient": true, "contact": true,
	"employee": true, "cardholder": true, "beneficiary": true, "payer": true, "payee": true,
	"consignee": true, "addressee": true, "guest": true, "passenger": true, "guardian": true,
	"donor": true, "applicant": true, "rider": true, "caller": true, "witness": true, "voter": true,
	"technician": true, "pollworker": true, "child": true, "minor": true, "pupil": true, "student": true} // (not driver: MongoDB's driver.name is PyMongo)

// personNamePart reports whether a key names a person's name or a part of it, and
// nothing else: first_name, lastName, surname, clientFirstName (not name or displayName,
// which name applications and groups too).
func personNamePart(key []byte) bool {
	return equalFoldAny(key, "first_name", "firstname", "last_name", "lastname", "given_name", "givenname", "given_names", "givennames",
		"first_names", "firstnames", "nurse_name", "nursename", "therapist_name", "buyer_name", "buyername",
		"family_name", "familyname", "surname", "full_name", "fullname", "middle_name", "middlename", "legal_name", "legalName",
		"customer_name", "customername", "consumername", "callername", "caller_name", "holder_name", "holdername",
		"cardholder_name", "cardholdername", "guest_name", "guestname", "passenger_name", "recipient_name",
		"patientname", "staffname", "staff_name", "trainername", "trainer_name", "instructorname", "instructor_name",
		"employeename", "employee_name", "membername", "member_name", "drivername", "driver_name",
		"technicianname", "technician_name", "contactname", "contact_name") ||
		inLower(localizedNameParts, key) || categoryBySuffix(key) == categories.Fullname // clientFirstName
}

// roleLoginPrefix returns where the login starts in an actor written with its kind
// first (agent:jrodriguez, staff:m.rossi, admin:pvisser), or 0.
func roleLoginPrefix(v []byte) int {
	colon := bytes.IndexByte(v, ':')
	if colon < 4 || colon > 8 || !equalFoldAny(v[:colon], "agent", "staff", "admin", "user", "operator", "employee", "cashier", "support") {
		return 0
	}
	login := v[colon+1:]
	if len(accountRun(login, 0)) != len(login) || !(loginShapedAt(login, 0) || initialThenSurname(login)) {
		return 0
	}
	return colon + 1
}

// localizedNameParts are the keys of a given name or a surname in the languages of Europe,
// lower case.
var localizedNameParts = map[string]bool{"vorname": true, "nachname": true, "familienname": true,
	"imię": true, "imie": true, "nazwisko": true, "jméno": true, "jmeno": true, "příjmení": true, "prijmeni": true,
	"apellidos": true, "apellido": true, "voornaam": true, "voornamen": true, "achternaam": true,
	"geslachtsnaam": true, "cognome": true, "prénom": true, "prenom": true, "prénoms": true, "prenoms": true, "apelido": true, "fornavn": true,
	"efternavn": true, "etternavn": true, "förnamn": true, "efternamn": true, "etunimi": true, "sukunimi": true,
	"officialname": true, "surnamename": true}

// lastKeyCategory names the category of a JSON path by its last key, as key=value text
// does, and a name or login by the person-like object it belongs to (author.name).
func (w *worker) lastKeyCategory(path []byte) string {
	last := lastPathPart(path)
	if slash := bytes.LastIndexByte(last, '/'); slash > 0 && slash+1 < len(last) && last[0] != '/' {
		// ODK's and KoboToolbox's submissions name a field by its group's path:
		// "group_hh/hh_head_name", "group_hh/id_number"
		last = last[slash+1:]
	}
	if len(last) == 11 && equalFold(last, "displayName") && len(path) > len(last) {
		// A thing's display name, not a person's: Dialogflow's intent.displayName and
		// currentPage.displayName, a flow's, a group's, an app's.
		parent := path[:len(path)-len(last)-1]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFoldAny(parent, "intent", "page", "currentPage", "flow",
			"agent", "group", "role", "application", "app", "servicePrincipal", "policy", "rule", "team", "channel", "site", "webhook", "entityType", "playbook") {
			return ""
		}
		for _, kind := range [...]string{"policies", "rules", "groups", "roles", "applications", "apps", "teams", "channels"} {
			if len(parent) > len(kind) && equalFold(parent[len(parent)-len(kind):], kind) {
				return "" // an array of them: Entra's appliedConditionalAccessPolicies[].displayName
			}
		}
	}
	if equalFoldAny(last, "start", "end") {
		// Dutch number porting (COIN): the numbers ported, numberseries.start and .end.
		parent := path[:max(0, len(path)-len(last)-1)]
		if equalFold(parent[bytes.LastIndexByte(parent, '.')+1:], "numberseries") {
			return categories.Phone
		}
	}
	if c := w.e.rawKeys.lookupAssigned(last); c != "" {
		return c // also a secret by the key's end: db_password, sharedSecret, api_token
	}
	if roleKey(last) {
		return roleLoginValue // "agent":"cs.ahaugen", "verifier":"ops.rcastillo"
	}
	if len(last) > 2 && last[0] == '$' {
		// Mixpanel's reserved properties: $city, $region, $email, $device_id
		if c := w.e.rawKeys.lookupAssigned(last[1:]); c != "" {
			return c
		}
	}
	if equalFoldAny(last, "given", "family", "middle", "formatted", "first", "last") {
		// SCIM's and PingOne's name object: name.given, name.family; a form's name field
		// in parts (Jotform's q3_name.first, q3_name.last)
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFold(parent, "name") || len(parent) > 5 && equalFold(parent[len(parent)-5:], "_name") {
			return categories.Fullname
		}
	}
	if equalFoldAny(last, "auid", "euid", "suid", "fsuid", "ouid") {
		return categories.Username // auditd's ids as Laurel translates them to names ("AUID":"jdoe"; a number is a JSON number)
	}
	if equalFoldAny(last, "number", "no", "nr") {
		// An identity document's number beside its type (Onfido's, Veriff's and other
		// KYC checks: document.number, id_document.number)
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFoldAny(parent, "document", "doc", "id_doc", "id_document", "iddocument", "identity_document", "passport", "id_card", "idcard") {
			return categories.NationalID
		}
	}
	if equalFoldAny(last, "serial", "sn") {
		// A device's serial (streaming and MDM registrations: device.serial, Jamf
		// Protect's host.serial); alone, a serial is as often a certificate's.
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFoldAny(parent, "device", "hardware", "handset", "phone", "tablet", "laptop", "host", "computer", "endpoint", "machine", "mobile_device",
			"locker", "printer", "reader", "terminal", "kiosk", "camera", "scanner", "sensor", "logger", "tracker", "truck", "forklift", "vehicle") { // (a parcel locker's locker.serial, a POS terminal's)
			return categories.DeviceID
		}
	}
	if equalFoldAny(last, "uid", "token_uid") {
		// OCPI's charging token (cdr_token.uid, token.uid): the RFID card's or the app
		// user's id a session was started with; alone, a uid is as often a record's.
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFoldAny(parent, "cdr_token", "token", "auth_token", "rfid", "card", "tag") {
			return categories.DeviceID
		}
	}
	if equalFold(last, "subdivision") {
		return categories.Geo // Salesforce's and GeoIP's region of a login's location
	}
	if equalFoldAny(last, "state", "region") {
		// A state or region inside a location (Duo's location.state, Okta's
		// geographicalContext.state); alone, "state" is as often a status.
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if equalFoldAny(parent, "location", "geo", "geolocation", "geographicalcontext", "location_info", "address", "locationdetails",
			"geo_location", "geoip", "ip_location", "iplocation") {
			return categories.Geo
		}
	}
	if equalFoldAny(last, "id", "uid") {
		// The login an audit event's actor or user is named by: Keyloop's
		// {"actor":{"type":"user","id":"jmcallister"}}; an opaque id stays (idLoginValue).
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if inFolded(personKeys, parent) || inFolded(personRoles, parent) || equalFoldAny(parent, "technician", "pollworker", "agent", "advisor") || inLower(staffRoleKeys, parent) {
			// (a field crew's technician.id, a poll book's pollWorker.id, a call centre's
			// agent.id: Beats' agent.id is a UUID, which stays)
			return idLoginValue
		}
	}
	if equalFold(last, "name") || equalFold(last, "login") {
		parent := path[:max(0, len(path)-len(last)-1)]
		parent = parent[bytes.LastIndexByte(parent, '.')+1:]
		if inFolded(personKeys, parent) || len(parent) > 5 && equalFold(parent[len(parent)-5:], "_user") {
			return categories.Username // also target_user.name, acting_user.name
		}
		if equalFold(last, "name") && equalFoldAny(parent, "node", "host", "server", "machine", "computer", "manager", "asset", "endpoint", "workstation") {
			// Elasticsearch's node.name, a server.name, Wazuh's manager.name, an OT
			// platform's asset.name (Claroty SRA: YND-SCADA-A). Not device.name, which
			// holds a model as often (iPhone).
			return categories.Hostname
		}
		if equalFold(last, "name") && inFolded(personRoles, parent) {
			return categories.Fullname // shipment.recipient.name, order.customer.name
		}

		if equalFold(last, "name") && equalFoldAny(parent, "company", "organization", "organisation", "employer", "firm") &&
			!bytes.HasSuffix(path, []byte("as.organization.name")) {
			// A visitor's company.name, an applicant's employer.name; not an autonomous
			// system's operator (source.as.organization.name: public routing data).
			return categories.Organization
		}
		if equalFold(last, "name") && equalFoldAny(parent, "city", "subdivision") {
			return categories.Geo // GeoIP as Datadog and others nest it: geoip.city.name
		}
	}
	if equalFoldAny(last, "nom", "naam", "nome", "nombre", "navn", "namn") {
		// A person's name under their role, in the language of the record: a proxy
		// vote's {"mandant":{"nom":...},"mandataire":{"nom":...}}, a client's naam.
		parent := path[:max(0, len(path)-len(last)-1)]
		if parent = parent[bytes.LastIndexByte(parent, '.')+1:]; personRoleWord(parent) || roleKey(parent) || inFolded(personKeys, parent) {
			return categories.Fullname // (a job centre's conseiller.nom)
		}
	}
	if bytes.IndexByte(last, ' ') > 0 {
		return w.e.rawKeys.lookupWorded(last) // QRadar's custom properties: "Full Name", "Account Name"
	}
	return ""
}

// wrappedValueKey returns the path of the key whose value a "value" member holds, as
// identity-verification and form services wrap each field with its status
// ({"firstname":{"value":"Jan","status":"MATCH"}}: userdata.firstname), or path.
func wrappedValueKey(path []byte) []byte {
	if dot := bytes.LastIndexByte(path, '.'); dot > 0 && equalFold(path[dot+1:], "value") {
		return path[:dot]
	}
	return path
}

// machineLocation reports a location path under a machine's object, whose city names a
// data centre, not a person's whereabouts: a game's {"server":{"location":"Frankfurt"}}.
func machineLocation(path []byte) bool {
	dot := bytes.LastIndexByte(path, '.')
	if dot <= 0 {
		return false
	}
	return equalFoldAny(lastPathPart(path[:dot]), "server", "servers", "datacenter", "node", "cluster", "instance", "region")
}

// lastPathPart returns the last key of a JSON path, without the leading underscores of
// journald's trusted fields and GELF's additional ones (_HOSTNAME, _user).
func lastPathPart(path []byte) []byte {
	if dot := bytes.LastIndexByte(path, '.'); dot >= 0 {
		path = path[dot+1:]
	}
	for len(path) > 1 && path[0] == '_' {
		path = path[1:]
	}
	return path
}

func skipSpace(s []byte, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index of the quote that closes the string opening at s[i], and
// whether the string holds escapes.
func stringEnd(s []byte, i int) (int, bool) {
	escaped := false
	for k := i + 1; ; {
		q := bytes.IndexByte(s[k:], '"')
		k += q
		if b := bytes.IndexByte(s[i+1:k], '\\'); b >= 0 {
			escaped = true
		}
		// The quote is escaped when an odd number of backslashes precede it.
		n := 0
		for m := k - 1; m > i && s[m] == '\\'; m-- {
			n++
		}
		if n%2 == 0 {
			return k, escaped
		}
		k++
	}
}

// walk reads the value at s[i] and returns the index after it, collecting the string
// leaves of the record with their key paths, and detecting profiles by the paths.
func (w *worker) walk(s []byte, i int) int {
	switch s[i] {
	case '{':
		i = skipSpace(s, i+1)
		for s[i] != '}' {
			end, escaped := stringEnd(s, i)
			n := len(w.path)
			if n > 0 {
				w.path = append(w.path, '.')
			}
			if escaped {
				w.unescape(s[i+1 : end])
				w.path = append(w.path, w.unescaped...)
			} else {
				w.path = append(w.path, s[i+1:end]...)
			}
			i = skipSpace(s, end+1) // ':'
			i = skipSpace(s, w.walk(s, skipSpace(s, i+1)))
			w.path = w.path[:n]
			if s[i] == ',' {
				i = skipSpace(s, i+1)
			}
		}
		return i + 1
	case '[':
		i = skipSpace(s, i+1)
		for s[i] != ']' {
			i = skipSpace(s, w.walk(s, i))
			if s[i] == ',' {
				i = skipSpace(s, i+1)
			}
		}
		return i + 1
	case '"':
		end, _ := stringEnd(s, i)
		if w.e.autoProfiles {
			w.detect(w.signaturePath())
		}
		start := len(w.pathArena)
		w.pathArena = append(w.pathArena, LeafPath(w.path)...)
		w.leaves = append(w.leaves, leaf{pathStart: start, pathEnd: len(w.pathArena), start: i + 1, end: end})
		return end + 1
	}
	// A number, true, false or null.
	start := i
	for i < len(s) && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
		i++
	}
	if w.shiftTime && isDigit(s[start]) && w.isTimeKey(w.path) ||
		i-start >= 3 && (isDigit(s[start]) || s[start] == '-') && categories.IsCoordinate(s[start:i]) && positionKey(w.path, s[start:i]) {
		at := len(w.pathArena)
		w.pathArena = append(w.pathArena, LeafPath(w.path)...)
		w.leaves = append(w.leaves, leaf{pathStart: at, pathEnd: len(w.pathArena), start: start, end: i, number: true})
	} else if n := i - start; n >= 6 && n <= 19 && s[start] >= '1' && s[start] <= '9' && isDigitsOnly(s[start:i]) {
		// Telegram's and other platforms' user ids are JSON numbers ("from":{"id":5123847790}).
		at := len(w.pathArena)
		w.pathArena = append(w.pathArena, LeafPath(w.path)...)
		w.idLeaves = append(w.idLeaves, leaf{pathStart: at, pathEnd: len(w.pathArena), start: start, end: i, id: true})
	}
	if w.e.autoProfiles {
		w.detect(w.signaturePath())
	}
	return i
}

// maxLeafPath bounds the key path kept per leaf. No profile names a path that long; what
// decides a longer one's category is its end (a "**" pattern, the last key), and keeping
// it whole would cost the record's depth times its leaves in time and memory.
const maxLeafPath = 128

// LeafPath returns what decides the category of a JSON leaf at path: all of it, or for a
// longer one the segments at its end that fit in 128 bytes (the last bytes of a key longer
// than that). The engine keeps no more per leaf; scan reports paths so.
func LeafPath(path []byte) []byte {
	if len(path) <= maxLeafPath {
		return path
	}
	tail := path[len(path)-maxLeafPath:]
	if dot := bytes.IndexByte(tail, '.'); dot >= 0 && dot+1 < len(tail) {
		return tail[dot+1:]
	}
	return tail
}

// signaturePath returns the part of the current path that detection can match: signatures
// are prefixes of at most maxSignature bytes, ending at a segment boundary, so a longer
// path is cut at the last boundary within that length (or emptied: then none matches).
func (w *worker) signaturePath() []byte {
	path, limit := w.path, w.e.maxSignature
	if len(path) <= limit {
		return path
	}
	if dot := bytes.LastIndexByte(path[:limit+1], '.'); dot > 0 {
		return path[:dot]
	}
	return path[:0]
}

// detect adds the profiles that path is a signature of. The first segment is checked
// against the set of signature heads first, so most paths cost one map lookup.
func (w *worker) detect(path []byte) {
	if mask, ok := w.detectCache[string(path)]; ok {
		w.detectedMask |= mask
		return
	}
	// A signature matches the path or one of its prefixes (winlog.event_data detects
	// winlog.event_data.TargetUserName). Case-insensitive profiles are looked up folded.
	w.scratch = append(w.scratch[:0], path...)
	for i, c := range w.scratch {
		if c >= 'A' && c <= 'Z' {
			w.scratch[i] = c + 'a' - 'A'
		}
	}
	var mask uint64
	for end := 0; end <= len(path); end++ {
		if end < len(path) && path[end] != '.' {
			continue
		}
		mask |= w.e.signatures[string(path[:end])] | w.e.foldedSignatures[string(w.scratch[:end])]
		if end == len(path) || !w.e.signatureHeads[string(path[:end])] && !w.e.signatureHeads[string(w.scratch[:end])] {
			break // no signature goes on below this prefix
		}
	}
	if mask != 0 && len(path) >= 7 && path[0] == 'e' && equalFold(path[:7], "eventid") && (len(path) == 7 || path[7] == '.') {
		// Windows names it EventID (NXLog, Event Forwarding); an "eventId" or "eventid"
		// in lower camel case is another schema's (Mindbody's webhooks, Cerner's audit
		// records, Cowrie's honeypot), no Windows event's.
		for k, p := range w.e.profiles {
			if p == w.e.winlog {
				mask &^= 1 << k
			}
		}
	}
	if len(w.detectCache) >= nameCacheLimit {
		clear(w.detectCache)
	}
	w.detectCache[string(path)] = mask
	w.detectedMask |= mask
}

// closesJSON reports whether s, past trailing blanks, ends as a JSON object or array does.
func closesJSON(s []byte) bool {
	s = bytes.TrimRight(s, " \t\r\n")
	return len(s) > 0 && (s[len(s)-1] == '}' || s[len(s)-1] == ']')
}

// shallowEnough reports whether no object or array in s nests deeper than limit.
func shallowEnough(s []byte, limit int) bool {
	if bytes.Count(s, []byte{'{'})+bytes.Count(s, []byte{'['}) <= limit {
		return true // cannot nest deeper than it has brackets
	}
	depth, inString := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			depth++
			if depth > limit {
				return false
			}
		case '}', ']':
			depth--
		}
	}
	return true
}

// jsonString rewrites one string value, raw being its bytes between the quotes at offset
// base of the line: by the category its key names, or else scanned as raw text.
func (w *worker) jsonString(raw []byte, base int, category string) {
	escaped := false
	for _, c := range raw {
		if c == '\\' {
			escaped = true
			break
		}
	}
	if !escaped {
		w.valueDecoded(category, raw, base)
		return
	}
	w.unescape(raw)
	first := len(w.edits)
	w.valueDecoded(category, w.unescaped, 0)
	// Map the edits back onto the escaped bytes and escape their replacements.
	for k := first; k < len(w.edits); k++ {
		ed := &w.edits[k]
		rawStart, rawEnd := w.offsets[ed.start], w.offsets[ed.end]
		ed.start, ed.end = base+rawStart, base+rawEnd
		// Escape the replacement as the original was escaped: always what JSON requires,
		// and "\/" where the writer escaped its slashes.
		slashes := bytes.Contains(raw[rawStart:rawEnd], []byte(`\/`))
		if slashes || needsEscape(w.repl[ed.from:ed.to]) {
			from := len(w.repl)
			w.repl = appendEscaped(w.repl, w.repl[ed.from:ed.to], slashes)
			ed.from, ed.to = from, len(w.repl)
		}
	}
}

// unescape decodes a JSON string body into w.unescaped and records in w.offsets, for each
// decoded byte, the offset of the escape or byte it came from (plus one entry for the end).
func (w *worker) unescape(raw []byte) {
	u, off := w.unescaped[:0], w.offsets[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			u = append(u, c)
			off = append(off, i)
			i++
			continue
		}
		n := 2
		switch raw[i+1] {
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		case 'u':
			r := rune(hex4(raw[i+2:]))
			n = 6
			if utf16IsHigh(r) && i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
				if lo := rune(hex4(raw[i+8:])); lo >= 0xdc00 && lo < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
					n = 12
				}
			}
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			u, off = appendRuneFrom(u, off, r, i)
			i += n
			continue
		default: // '"', '\\', '/'
			c = raw[i+1]
		}
		u = append(u, c)
		off = append(off, i)
		i += n
	}
	w.unescaped, w.offsets = u, append(off, len(raw))
}

// appendRuneFrom appends r, decoded from an escape at offset at, to a decoded text u,
// and at to off for each of its bytes.
func appendRuneFrom(u []byte, off []int, r rune, at int) ([]byte, []int) {
	before := len(u)
	u = utf8.AppendRune(u, r)
	for range len(u) - before {
		off = append(off, at)
	}
	return u, off
}

func utf16IsHigh(r rune) bool { return r >= 0xd800 && r < 0xdc00 }

func hex4(b []byte) int {
	v := 0
	for _, c := range b[:4] {
		d, _ := hexDigit(c)
		v = v<<4 | int(d)
	}
	return v
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case isDigit(c):
		return c - '0', true
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10, true
	}
	return 0, false
}

func needsEscape(s []byte) bool {
	for _, c := range s {
		if c < 0x20 || c == '"' || c == '\\' {
			return true
		}
	}
	return false
}

// appendEscaped appends s as the body of a JSON string.
func appendEscaped(dst, s []byte, slashes bool) []byte {
	const hexDigits = "0123456789abcdef"
	for _, c := range s {
		switch {
		case c == '"' || c == '\\' || c == '/' && slashes:
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// personOfType reports whether leaf k is a displayName whose object says it is a person:
// a sibling "type" of User (Okta's target[] entries name users, apps and groups alike).
// The siblings are the leaves around k under the same parent, up to the leaf of the same
// path in the next or previous element of an array.
func (w *worker) personOfType(line []byte, k int) bool {
	if !w.displayNameLeaf(k) {
		return false
	}
	v, ok := w.siblingValue(line, k, "type")
	return ok && equalFoldAny(v, "User", "Person")
}

// machineActor reports whether leaf k names an actor whose type sibling says it is a
// program (system, service, application, bot, integration): a lost-and-found matcher's,
// a scheduler's name.
func (w *worker) machineActor(line []byte, k int) bool {
	v, ok := w.siblingValue(line, k, "type")
	return ok && len(v) <= 16 && equalFoldAny(v, "system", "service", "application", "app", "bot", "integration",
		"automation", "scheduler", "job", "daemon", "machine", "workflow")
}

// answerOfField returns the category that a form's field names for the answer at leaf
// k: Typeform's webhooks give each answer as {"type":"text","text":V,"field":{"ref":R}},
// where the ref the form's author chose says what V is (first_name, last_name, city).
func (w *worker) answerOfField(line []byte, k int) string {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFold(lastPathPart(path), "text") {
		return ""
	}
	parent := path[:len(path)-4]
	for _, n := range [3]int{k + 3, k + 2, k + 1} {
		if n >= len(w.leaves) {
			continue
		}
		sibling := w.pathArena[w.leaves[n].pathStart:w.leaves[n].pathEnd]
		if len(sibling) == len(parent)+9 && bytes.HasPrefix(sibling, parent) && equalFold(sibling[len(parent):], "field.ref") {
			return w.e.rawKeys.lookupAssigned(line[w.leaves[n].start:w.leaves[n].end])
		}
	}
	return ""
}

// hostOfType reports whether leaf k is a thing's name (name, displayName, objectName)
// whose type sibling says it is a machine: an inventory's, a scanner's or a backup's
// record names a computer or a virtual machine so (Wiz's entitySnapshot, Rubrik's
// objectName beside objectType VmwareVm).
func (w *worker) hostOfType(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFoldAny(lastPathPart(path), "name", "displayName", "objectName", "entityName") {
		return false
	}
	v, ok := w.siblingValue(line, k, "type", "objectType", "entityType", "assetType")
	return ok && len(v) <= 24 && equalFoldAny(v, "VIRTUAL_MACHINE", "VirtualMachine", "VM", "VmwareVm",
		"HypervVm", "NutanixVm", "AzureVm", "Ec2Instance", "Computer", "Host", "Server", "Workstation",
		"Laptop", "Desktop", "Endpoint", "Machine")
}

// nameBesideEmail reports whether leaf k is a "name" written as a person's (two words or
// more, a capital first) beside an "email" or "mail" sibling that holds an address: an
// account's object (Nexus' audit, SCIM-like exports) names its person so.
func (w *worker) nameBesideEmail(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFold(lastPathPart(path), "name") {
		return false
	}
	v := line[w.leaves[k].start:w.leaves[k].end]
	if len(v) < 5 || v[0] < 'A' || v[0] > 'Z' && v[0] < 0x80 || bytes.IndexByte(v, ' ') < 0 {
		return false
	}
	for _, key := range [...]string{"email", "mail"} {
		if e, ok := w.siblingValue(line, k, key); ok && bytes.IndexByte(e, '@') > 0 {
			return true
		}
	}
	return false
}

// surnameBesideGivenName reports whether leaf k is a "nom" or "name" of one word beside a
// given name's sibling (prenom, firstName, vorname): the surname, as French and other
// administrations' records split a name ({"nom":"DUPUIS","prenom":"Marion"}).
func (w *worker) surnameBesideGivenName(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFoldAny(lastPathPart(path), "nom", "name", "naam", "nome", "nombre") {
		return false
	}
	v := line[w.leaves[k].start:w.leaves[k].end]
	if len(v) < 2 || v[0] < 'A' || v[0] > 'Z' && v[0] < 0x80 || containsDigit(v) || bytes.IndexByte(v, ' ') >= 0 {
		return false // (a program's name, sshd; a whole name, "Jane Doe" beside given_name: read word by word as before)
	}
	for _, key := range [...]string{"prenom", "prénom", "prenoms", "prénoms", "firstName", "first_name", "givenName", "given_name", "vorname", "voornaam"} {
		if g, ok := w.siblingValue(line, k, key); ok && len(g) > 1 {
			return true
		}
	}
	return false
}

// fhirNamePart reports whether leaf k is a "family" or a "given" beside the other, as
// FHIR's HumanName and records built on it split a person's name ({"given":"Erik",
// "family":"Johansson"}); a "family" alone is a malware's or an operating system's.
func (w *worker) fhirNamePart(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	other := ""
	switch {
	case equalFold(last, "family"):
		other = "given"
	case equalFold(last, "given"):
		other = "family"
	case equalFold(last, "first"), equalFold(last, "last"):
		// A voter lookup's query {"last":"NGUYEN","first":"THANH"}: both parts written
		// as names (a page's "first" and "last" are numbers, dates or cursors).
		other = "first"
		if last[0]|0x20 == 'f' {
			other = "last"
		}
		o, ok := w.siblingValue(line, k, other)
		return ok && nameCased(line[w.leaves[k].start:w.leaves[k].end]) && nameCased(o)
	default:
		return false
	}
	_, ok := w.siblingValue(line, k, other)
	return ok
}

// nameCased reports a word or two written as a name: a capital first, letters (beyond
// ASCII too), blanks, hyphens and apostrophes after it.
func nameCased(v []byte) bool {
	if len(v) < 2 || len(v) > 48 || (v[0] < 'A' || v[0] > 'Z') && v[0] < 0xc0 {
		return false
	}
	for _, c := range v {
		if !isLetter(c) && c < 0x80 && c != ' ' && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// idBesideNameAndEmail reports whether leaf k is an "id" written as a login (letters
// first, no blanks, not an opaque id of hex digits) beside a "name" sibling written as a
// person's (or a "family_name") and an "email" or "mail" sibling that holds an address:
// an account's object names its login so (Nexus' audit, SCIM-like exports, Turnitin). A
// "handle" beside a person's name needs no address (Benchling).
func (w *worker) idBesideNameAndEmail(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	last := lastPathPart(path)
	handle := equalFold(last, "handle")
	if !handle && !equalFold(last, "id") {
		return false
	}
	v := line[w.leaves[k].start:w.leaves[k].end]
	if len(v) < 3 || len(v) > 64 || !accountBytes(v) || !isLetter(v[0]) || len(v) >= 8 && isHexRun(bytes.ReplaceAll(v, []byte("-"), nil)) ||
		mixedCaseToken(v) {
		return false // (an opaque id: 5f2c..., Stripe's cus_Pq8Lm2Vn)
	}
	name, ok := w.siblingValue(line, k, "name")
	if !ok || len(name) < 5 || name[0] < 'A' || name[0] > 'Z' && name[0] < 0x80 || bytes.IndexByte(name, ' ') < 0 {
		// Turnitin's owners: {"id":"r.abernethy","given_name":"Ruth","family_name":...}
		if _, ok := w.siblingValue(line, k, "family_name"); !ok {
			return false
		}
	}
	if handle {
		return true // Benchling: {"handle":"mrossetti","id":"ent_...","name":"Marco Rossetti"}
	}
	for _, key := range [...]string{"email", "mail"} {
		if e, ok := w.siblingValue(line, k, key); ok && bytes.IndexByte(e, '@') > 0 {
			return true
		}
	}
	return false
}

// mixedCaseToken reports an id of upper and lower case letters mixed with digits, as
// generated ids are written (cus_Pq8Lm2Vn, AY3x8LkPq1Wv); logins rarely are.
func mixedCaseToken(v []byte) bool {
	upper, lower, digit := false, false, false
	for k, c := range v {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = upper || k > 0
		case c >= 'a' && c <= 'z':
			lower = true
		case isDigit(c):
			digit = true
		}
	}
	return upper && lower && digit
}

// loginBesideFullName reports whether leaf k is a "name" beside a "fullname" sibling
// that holds a person's name (two words or more): an account's login, as Ansible's user
// modules report it ({"fullname": "Fabian Bauer", "name": "fbauer.adm"}).
func (w *worker) loginBesideFullName(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFold(lastPathPart(path), "name") {
		return false
	}
	v := line[w.leaves[k].start:w.leaves[k].end]
	if len(v) < 3 || bytes.IndexByte(v, ' ') >= 0 {
		return false
	}
	for _, key := range [...]string{"fullname", "full_name"} {
		if f, ok := w.siblingValue(line, k, key); ok && bytes.IndexByte(f, ' ') > 0 && !bytes.Equal(f, v) {
			return true
		}
	}
	return false
}

// dlpFindingQuote returns the category of leaf k when it is the matched text of a data-loss
// prevention finding (Google Cloud DLP: {"quote":"...","info_type":{"name":"POLAND_PESEL_NUMBER"}}),
// by the kind the scanner named; a kind without a category of its own is a secret, its
// shape kept. Else "".
func (w *worker) dlpFindingQuote(line []byte, k int) string {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFold(lastPathPart(path), "quote") {
		return ""
	}
	parent := path[:len(path)-len("quote")]
	best := -1
	for j := range w.leaves {
		sib := w.pathArena[w.leaves[j].pathStart:w.leaves[j].pathEnd]
		if len(sib) != len(parent)+len("info_type.name") || !bytes.HasPrefix(sib, parent) ||
			!equalFold(sib[len(parent):], "info_type.name") && !equalFold(sib[len(parent):], "infoType.name") {
			continue
		}
		if best < 0 || abs(j-k) < abs(best-k) {
			best = j
		}
	}
	if best < 0 {
		return ""
	}
	kind := line[w.leaves[best].start:w.leaves[best].end]
	switch {
	case bytes.Contains(kind, []byte("EMAIL")):
		return categories.Email
	case bytes.Contains(kind, []byte("PHONE")):
		return categories.Phone
	case bytes.Contains(kind, []byte("CREDIT_CARD")):
		return categories.Card
	case bytes.Contains(kind, []byte("IBAN")):
		return categories.IBAN
	case bytes.Contains(kind, []byte("PERSON_NAME")) || bytes.Contains(kind, []byte("FIRST_NAME")) || bytes.Contains(kind, []byte("LAST_NAME")):
		return categories.Fullname
	case bytes.Contains(kind, []byte("IP_ADDRESS")):
		return categories.IP
	case bytes.Contains(kind, []byte("STREET_ADDRESS")) || bytes.Contains(kind, []byte("LOCATION")):
		return categories.Geo
	case categories.ParseNationalID(line[w.leaves[k].start:w.leaves[k].end]):
		return categories.NationalID // a PESEL, a NIP: its check digit kept
	}
	return categories.Secret
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// ldapBindPassword reports whether leaf k is the argument of a simple LDAP bind, as
// Zeek's ldap.log records it ({"opcode":"bind simple","object":"CN=...","argument":
// "PASSWORD"}): a password sent in clear.
func (w *worker) ldapBindPassword(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if !equalFold(lastPathPart(path), "argument") {
		return false
	}
	op, ok := w.siblingValue(line, k, "opcode")
	return ok && string(op) == "bind simple"
}

// userTargetDetails reports whether leaf k is GitLab's audit target_details of a target
// whose target_type is User: the user's login.
func (w *worker) userTargetDetails(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if n := len(path); n < 14 || path[n-1] != 's' || !equalFold(path[n-14:], "target_details") || n > 14 && path[n-15] != '.' {
		return false
	}
	v, ok := w.siblingValue(line, k, "target_type")
	return ok && string(v) == "User"
}

// userAlternateID reports whether leaf k is Okta's alternate id (alternateId,
// alternate_id as ECS writes it) of a target whose type is User or AppUser: a login.
func (w *worker) userAlternateID(line []byte, k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	if n := len(path); n < 11 || path[n-1]|0x20 != 'd' {
		return false
	}
	if last := path[bytes.LastIndexByte(path, '.')+1:]; !equalFold(last, "alternate_id") && !equalFold(last, "alternateId") {
		return false
	}
	v, ok := w.siblingValue(line, k, "type")
	return ok && (string(v) == "User" || string(v) == "AppUser")
}

// gecosShaped reports whether a string is a passwd GECOS field of a person: a name of two
// or three capitalized words, then three or four comma-separated fields (room, work
// phone, home phone, other), some empty ("Dawid Kamiński,,+48 262 285 745,").
func gecosShaped(v []byte) bool {
	if len(v) > 120 || bytes.Count(v, []byte(",")) < 3 || bytes.Count(v, []byte(",")) > 4 || bytes.IndexByte(v, '\\') >= 0 {
		return false
	}
	name := v[:bytes.IndexByte(v, ',')]
	words := bytes.Split(name, []byte(" "))
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, word := range words {
		if len(word) == 0 || nameWordEnd(word, 0) != len(word) {
			return false
		}
	}
	return true
}

// gecosValue rewrites a GECOS field: the name as a full name, a phone in the other fields
// as a phone; what else they hold is scanned as text.
func (w *worker) gecosValue(v []byte, base int) {
	comma := bytes.IndexByte(v, ',')
	w.keyedValue(categories.Fullname, v[:comma], base)
	for start := comma + 1; start <= len(v); {
		end := start + bytes.IndexByte(v[start:], ',')
		if end < start {
			end = len(v)
		}
		if field := v[start:end]; len(field) > 0 && !w.keyedValue(categories.Phone, field, base+start) {
			w.scanText(field, base+start)
		}
		start = end + 1
	}
}

// applicationNamed reports whether leaf k is the displayName of an application: its
// object has an appId or applicationId, or a Graph @odata.type of an application's
// evidence ("Mail Merge Pro" of an oAuthApplicationEvidence is no person).
func (w *worker) applicationNamed(line []byte, k int) bool {
	if !w.displayNameLeaf(k) {
		return false
	}
	if _, ok := w.siblingValue(line, k, "appId", "applicationId"); ok {
		return true
	}
	v, ok := w.siblingValue(line, k, "@odata.type")
	return ok && bytes.Contains(v, []byte("pplication"))
}

// propertyNamed reports whether leaf k is the displayName of a changed property, its
// object holding the old or the new value (Entra's modifiedProperties:
// {"displayName":"Email","oldValue":...,"newValue":...}).
func (w *worker) propertyNamed(line []byte, k int) bool {
	if !w.displayNameLeaf(k) {
		return false
	}
	_, ok := w.siblingValue(line, k, "oldValue", "newValue")
	return ok
}

// displayNameLeaf reports whether leaf k's last key is displayName.
func (w *worker) displayNameLeaf(k int) bool {
	path := w.pathArena[w.leaves[k].pathStart:w.leaves[k].pathEnd]
	return equalFold(path[bytes.LastIndexByte(path, '.')+1:], "displayName")
}

// siblingValue returns the string value of the first of keys in the object that holds
// leaf k.
func (w *worker) siblingValue(line []byte, k int, keys ...string) ([]byte, bool) {
	lf := w.leaves[k]
	path := w.pathArena[lf.pathStart:lf.pathEnd]
	parent := path[:bytes.LastIndexByte(path, '.')+1]
	for _, step := range []int{-1, 1} {
		for j := k + step; j >= 0 && j < len(w.leaves); j += step {
			sib := w.pathArena[w.leaves[j].pathStart:w.leaves[j].pathEnd]
			if !bytes.HasPrefix(sib, parent) || bytes.Equal(sib, path) {
				break
			}
			if bytes.IndexByte(sib[len(parent):], '.') >= 0 && !bytes.HasPrefix(sib[len(parent):], []byte("@odata.")) {
				continue // in an object inside this one
			}
			// Between the closing quote of the earlier value and the opening quote of
			// the later one.
			lo, hi := w.leaves[j].end+1, lf.start-1
			if j > k {
				lo, hi = lf.end+1, w.leaves[j].start-1
			}
			if lo > hi || !sameObject(line[lo:hi]) {
				break // the leaf is in another element of the array
			}
			for _, key := range keys {
				if equalFold(sib[len(parent):], key) {
					return line[w.leaves[j].start:w.leaves[j].end], true
				}
			}
		}
	}
	return nil, false
}

// sameObject reports whether the JSON text between two values of an object stays in it:
// it never closes more braces than it opens (strings skipped).
func sameObject(between []byte) bool {
	depth := 0
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case '"':
			for i++; i < len(between) && between[i] != '"'; i++ {
				if between[i] == '\\' {
					i++
				}
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return true
}
