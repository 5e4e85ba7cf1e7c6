package categories

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

var geoInfo = Category{
	Name:        Geo,
	Risk:        Low,
	Description: "city and country names in known fields (geo.city_name, L=, C=), coordinates at lat and lon keys",
	Reason:      "a location narrows down who a person is only together with other values",
}

// GeoNames makes pseudonyms of city and country names: a real city or country from the lists in
// wordlists/cities.txt and wordlists/countries.tsv.
//
// A value in the list is mapped through a keyed shuffle of the list, so two different known
// cities (or countries) never share a pseudonym. A value not in the list gets a keyed pick
// from the list. Country codes stay codes: an ISO 3166 alpha-2 code maps to an alpha-2 code,
// an alpha-3 code to an alpha-3 code, a name (or a known other name: Deutschland, UK, USA)
// to the English short name. Identity is case-insensitive (ASCII); the output is lower case
// for a lower-case input, upper case for an upper-case one (codes: also for mixed case), and
// as listed otherwise.
//
// A GeoNames is not safe for concurrent use: each worker makes its own.
type GeoNames struct {
	prf         *PRF
	d           nameDrawer
	t           *geoTables
	cityPerm    []int32
	countryPerm []int32
	lower       []byte
	fold        []byte
}

type geoCountry struct {
	alpha2, alpha3, name string
}

type geoTables struct {
	cities      []string
	cityIndex   map[string]int32
	countries   []geoCountry
	countryName map[string]int32 // names and other names, lower case
	alpha2      map[string]int32 // lower case
	alpha3      map[string]int32
}

var geoTablesOnce = sync.OnceValue(func() *geoTables {
	t := &geoTables{
		cities:      readWordlist("cities.txt"),
		countryName: map[string]int32{},
		alpha2:      map[string]int32{},
		alpha3:      map[string]int32{},
	}
	t.cityIndex = make(map[string]int32, len(t.cities))
	for i, c := range t.cities {
		t.cityIndex[strings.ToLower(c)] = int32(i)
	}
	for _, line := range readWordlist("city-names.tsv") {
		listed, others, ok := strings.Cut(line, "\t")
		i, known := t.cityIndex[strings.ToLower(listed)]
		if !ok || !known {
			panic("categories: bad line in city-names.tsv: " + line)
		}
		for _, name := range strings.Split(others, "|") {
			// Another name takes the listed city's pseudonym; it is looked up lowered as
			// ASCII only (Αθήνα as written) and in any case the list writes it.
			t.cityIndex[strings.ToLower(name)] = i
			t.cityIndex[string(appendLower(nil, []byte(name)))] = i
		}
	}
	for _, line := range readWordlist("countries.tsv") {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			panic("categories: bad line in countries.tsv: " + line)
		}
		i := int32(len(t.countries))
		t.countries = append(t.countries, geoCountry{alpha2: f[0], alpha3: f[1], name: f[2]})
		t.alpha2[strings.ToLower(f[0])] = i
		t.alpha3[strings.ToLower(f[1])] = i
		t.countryName[strings.ToLower(f[2])] = i
		if len(f) > 3 {
			for alt := range strings.SplitSeq(f[3], "|") {
				t.countryName[strings.ToLower(alt)] = i
			}
		}
	}
	return t
})

// NewGeo returns the city and country pseudonymizer of the keyring.
func NewGeo(k *Keyring) *GeoNames {
	g := &GeoNames{prf: k.PRF(Geo), t: geoTablesOnce()}
	g.d.prf = g.prf
	g.cityPerm = geoShuffle(k.Subkey(Geo+"/cities"), len(g.t.cities))
	g.countryPerm = geoShuffle(k.Subkey(Geo+"/countries"), len(g.t.countries))
	return g
}

// geoShuffle is a keyed permutation of [0, n): a Fisher-Yates shuffle driven by ChaCha8
// seeded with a subkey.
func geoShuffle(key []byte, n int) []int32 {
	var seed [32]byte
	copy(seed[:], key)
	r := rand.New(rand.NewChaCha8(seed))
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// pick is the keyed choice of an index in [0, n) for a value not in a list; the kind keeps
// cities, names and codes apart.
func (g *GeoNames) pick(kind byte, n int) int {
	g.lower = append(g.lower, kind)
	g.d.start(g.prf.Sum(g.lower))
	g.lower = g.lower[:len(g.lower)-1]
	return g.d.intn(n)
}

// AppendCity appends the pseudonym of a city name to dst.
func (g *GeoNames) AppendCity(dst, city []byte) []byte {
	if len(city) == 0 {
		return dst
	}
	i, ok := g.cityAt(city)
	var out string
	if ok {
		out = g.t.cities[g.cityPerm[i]]
	} else {
		out = g.t.cities[g.pick('c', len(g.t.cities))]
	}
	return appendGeoCase(dst, out, geoCaseOf(city))
}

// geoCaseOf is caseStyleOf for a place's name, except that a name in a script without
// case (上海, תל אביב) takes the listed spelling, not lower case.
func geoCaseOf(name []byte) caseStyle {
	for _, r := range string(name) {
		if unicode.IsLower(r) || unicode.IsUpper(r) {
			return caseStyleOf(name)
		}
	}
	return caseMixed
}

// AppendCountry appends the pseudonym of a country name or ISO 3166 code to dst.
func (g *GeoNames) AppendCountry(dst, country []byte) []byte {
	if len(country) <= 1 {
		return append(dst, country...) // a vehicle's country letter (D, F, I): no country's code or name
	}
	g.lower = appendLower(g.lower[:0], country)
	s := caseStyleOf(country)
	letters := true
	for _, c := range g.lower {
		if c < 'a' || c > 'z' {
			letters = false
			break
		}
	}
	if letters && (len(g.lower) == 2 || len(g.lower) == 3) {
		m := g.t.alpha2
		if len(g.lower) == 3 {
			m = g.t.alpha3
		}
		i, ok := m[string(g.lower)]
		if !ok {
			i, ok = g.t.countryName[string(g.lower)] // UK, UAE
		}
		if ok {
			i = g.countryPerm[i]
		} else {
			i = int32(g.pick(byte(len(g.lower)), len(g.t.countries)))
		}
		c := &g.t.countries[i]
		out := c.alpha2
		if len(g.lower) == 3 {
			out = c.alpha3
		}
		if s != caseLower {
			s = caseUpper
		}
		return appendGeoCase(dst, out, s)
	}
	i, ok := g.t.countryName[string(g.lower)]
	if ok {
		i = g.countryPerm[i]
	} else {
		i = int32(g.pick('n', len(g.t.countries)))
	}
	return appendGeoCase(dst, g.t.countries[i].name, s)
}

// appendGeoCase appends a listed name in the case style s: lower, upper, or as listed.
func appendGeoCase(dst []byte, out string, s caseStyle) []byte {
	start := len(dst)
	dst = append(dst, out...)
	switch s {
	case caseLower:
		lowerInPlace(dst[start:])
	case caseUpper:
		applyCase(dst[start:], caseUpper)
	}
	return dst
}

// IsCountry reports whether name is a listed country name or ISO 3166 code, in any case.
func (g *GeoNames) IsCountry(name []byte) bool {
	g.lower = appendLower(g.lower[:0], name)
	if _, ok := g.t.countryName[string(g.lower)]; ok {
		return true
	}
	switch len(g.lower) {
	case 2:
		_, ok := g.t.alpha2[string(g.lower)]
		return ok && string(name) == string(appendUpperASCII(nil, name))
	case 3:
		_, ok := g.t.alpha3[string(g.lower)]
		return ok && string(name) == string(appendUpperASCII(nil, name))
	}
	return false
}

func appendUpperASCII(dst, s []byte) []byte {
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// IsCity reports whether name is a listed city, in any case (Lagos, SAO PAULO).
func (g *GeoNames) IsCity(name []byte) bool {
	_, ok := g.cityAt(name)
	return ok
}

// cityAt looks a city up by its name, without regard to case, then with the diacritics
// of Latin letters dropped (Łódź is Lodz, Jyväskylä Jyvaskyla). g.lower holds the name
// last looked up (a pick draws by it).
func (g *GeoNames) cityAt(name []byte) (int32, bool) {
	g.lower = appendLower(g.lower[:0], name)
	if i, ok := g.t.cityIndex[string(g.lower)]; ok {
		return i, true
	}
	if folded, ok := FoldLatin(g.fold[:0], name); ok {
		g.fold = folded
		if i, ok := g.t.cityIndex[string(folded)]; ok {
			return i, true
		}
	}
	return 0, false
}

// IsCoordinate reports whether v is a decimal degree as GeoIP and device locations write
// them: an optional sign, one to three digits, a point and one to fifteen digits
// (53.5511, -1.5491). A number without a point is no coordinate here: it is a postal code,
// a count or an address.
func IsCoordinate(v []byte) bool {
	if len(v) > 0 && (v[0] == '-' || v[0] == '+') {
		v = v[1:]
	}
	dot := -1
	for i, c := range v {
		switch {
		case c == '.' && dot < 0:
			dot = i
		case c < '0' || c > '9':
			return false
		}
	}
	return dot >= 1 && dot <= 3 && len(v)-dot-1 >= 1 && len(v)-dot-1 <= 15
}

// AppendCoordinate appends the pseudonym of a decimal degree (see IsCoordinate) to dst: a
// keyed degree of the same sign and number of decimals, within ±90 (a latitude, and a
// valid longitude too) unless the value lies beyond 90, where it is a longitude and stays
// within ±180. Locations carry no identity of their own, so unlike names two coordinates
// may share a pseudonym; what matters is that the pseudonym does not point at the place.
func (g *GeoNames) AppendCoordinate(dst, v []byte) []byte {
	sign := []byte(nil)
	digits := v
	if len(v) > 0 && (v[0] == '-' || v[0] == '+') {
		sign, digits = v[:1], v[1:]
	}
	dot := strings.IndexByte(string(digits), '.')
	decimals := len(digits) - dot - 1
	whole := 0
	for _, c := range digits[:dot] {
		whole = whole*10 + int(c-'0')
	}
	limit := uint64(90)
	if whole >= 90 {
		limit = 180
	}
	scale := uint64(1)
	for range decimals {
		scale *= 10
	}
	g.lower = append(append(g.lower[:0], 'd'), v...)
	sum := g.prf.Sum(g.lower)
	var r uint64
	for _, b := range sum[:8] {
		r = r<<8 | uint64(b)
	}
	n := r % (limit * scale) // below 1.8e17: no overflow with fifteen decimals
	dst = append(dst, sign...)
	dst = strconv.AppendUint(dst, n/scale, 10)
	dst = append(dst, '.')
	frac := strconv.AppendUint(g.lower[:0], n%scale, 10)
	for range decimals - len(frac) {
		dst = append(dst, '0')
	}
	return append(dst, frac...)
}
