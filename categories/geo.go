package categories

import (
	"math/rand/v2"
	"strings"
	"sync"
)

var geoInfo = Category{
	Name:        Geo,
	Risk:        Low,
	Description: "city and country names in known fields: geo.city_name, L=, C=",
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
	g.lower = appendLower(g.lower[:0], city)
	i, ok := g.t.cityIndex[string(g.lower)]
	var out string
	if ok {
		out = g.t.cities[g.cityPerm[i]]
	} else {
		out = g.t.cities[g.pick('c', len(g.t.cities))]
	}
	return appendGeoCase(dst, out, caseStyleOf(city))
}

// AppendCountry appends the pseudonym of a country name or ISO 3166 code to dst.
func (g *GeoNames) AppendCountry(dst, country []byte) []byte {
	if len(country) == 0 {
		return dst
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
	g.lower = appendLower(g.lower[:0], name)
	_, ok := g.t.cityIndex[string(g.lower)]
	return ok
}
