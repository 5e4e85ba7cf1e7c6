package categories

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestGeoCitiesPermuted(t *testing.T) {
	g := NewGeo(testNameKeyring(t, false))
	tb := geoTablesOnce()
	seen := map[string]string{}
	fixed := 0
	for _, c := range tb.cities {
		out := string(g.AppendCity(nil, []byte(c)))
		if _, ok := tb.cityIndex[strings.ToLower(out)]; !ok {
			t.Fatalf("%q -> %q: not a listed city", c, out)
		}
		if prev, dup := seen[out]; dup {
			t.Fatalf("%q and %q both -> %q", prev, c, out)
		}
		seen[out] = c
		if out == c {
			fixed++
		}
	}
	if fixed > 10 {
		t.Errorf("%d of %d cities map to themselves", fixed, len(tb.cities))
	}
	for _, tc := range []struct {
		in   string
		want func(string) string
	}{
		{"BERLIN", strings.ToUpper}, {"berlin", strings.ToLower}, {"Berlin", func(s string) string { return s }},
	} {
		base := string(g.AppendCity(nil, []byte("Berlin")))
		if got := string(g.AppendCity(nil, []byte(tc.in))); got != tc.want(base) {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want(base))
		}
	}
	// Unknown cities get a keyed pick from the list.
	out := string(g.AppendCity(nil, []byte("Atlantis")))
	if _, ok := tb.cityIndex[strings.ToLower(out)]; !ok {
		t.Errorf("Atlantis -> %q: not a listed city", out)
	}
	if again := string(NewGeo(testNameKeyring(t, false)).AppendCity(nil, []byte("Atlantis"))); again != out {
		t.Errorf("Atlantis -> %q then %q", out, again)
	}
}

func TestGeoCountries(t *testing.T) {
	g := NewGeo(testNameKeyring(t, false))
	tb := geoTablesOnce()
	seen2, seen3, seenN := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range tb.countries {
		a2 := string(g.AppendCountry(nil, []byte(c.alpha2)))
		a3 := string(g.AppendCountry(nil, []byte(c.alpha3)))
		n := string(g.AppendCountry(nil, []byte(c.name)))
		i, ok := tb.alpha2[strings.ToLower(a2)]
		if !ok || len(a2) != 2 || a2 != strings.ToUpper(a2) {
			t.Fatalf("%s -> %q: not an alpha-2 code", c.alpha2, a2)
		}
		// The code, the alpha-3 code and the name of one country map to one country.
		if tb.countries[i].alpha3 != a3 || tb.countries[i].name != n {
			t.Errorf("%s/%s/%s -> %s/%s/%s: not one country", c.alpha2, c.alpha3, c.name, a2, a3, n)
		}
		if seen2[a2] || seen3[a3] || seenN[n] {
			t.Fatalf("%s: pseudonym already taken", c.name)
		}
		seen2[a2], seen3[a3], seenN[n] = true, true, true
	}
	de := string(g.AppendCountry(nil, []byte("DE")))
	for _, tc := range []struct{ in, want string }{
		{"de", strings.ToLower(de)},
		{"De", de},
		{"Deutschland", string(g.AppendCountry(nil, []byte("Germany")))},
		{"GERMANY", strings.ToUpper(string(g.AppendCountry(nil, []byte("Germany"))))},
	} {
		if got := string(g.AppendCountry(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in string
		n  int
	}{{"UK", 2}, {"XK", 2}, {"UAE", 3}, {"XYZ", 3}} {
		if got := g.AppendCountry(nil, []byte(tc.in)); len(got) != tc.n || strings.ToUpper(string(got)) != string(got) {
			t.Errorf("%q -> %q: want a %d-letter code", tc.in, got, tc.n)
		}
	}
	if got := string(g.AppendCountry(nil, []byte("Narnia"))); !seenN[got] {
		t.Errorf("Narnia -> %q: not a listed country", got)
	}
	other := NewGeo(testNameKeyring(t, true))
	same := 0
	for _, c := range []string{"DE", "FR", "US", "JP", "BR"} {
		if string(other.AppendCountry(nil, []byte(c))) == string(g.AppendCountry(nil, []byte(c))) {
			same++
		}
	}
	if same > 1 {
		t.Errorf("%d of 5 country codes map the same way under another key", same)
	}
}

func BenchmarkGeoAppendCity(b *testing.B) {
	g := NewGeo(testNameKeyring(b, false))
	city := []byte("Berlin")
	dst := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		dst = g.AppendCity(dst[:0], city)
	}
}

func TestAppendCoordinate(t *testing.T) {
	g := NewGeo(testNameKeyring(t, false))
	for _, v := range []string{"53.5511", "-1.5491", "135.5023", "-97.7431", "0.1", "89.999999999999999", "+52.52"} {
		if !IsCoordinate([]byte(v)) {
			t.Fatalf("IsCoordinate(%q) = false", v)
		}
		out := string(g.AppendCoordinate(nil, []byte(v)))
		if out == v {
			t.Errorf("%s kept", v)
		}
		if out != string(g.AppendCoordinate(nil, []byte(v))) {
			t.Errorf("%s: two pseudonyms", v)
		}
		f, err := strconv.ParseFloat(out, 64)
		if err != nil {
			t.Fatalf("%s -> %q: not a number", v, out)
		}
		in, _ := strconv.ParseFloat(v, 64)
		limit := 90.0
		if math.Abs(in) >= 90 {
			limit = 180
		}
		if math.Abs(f) >= limit || math.Signbit(f) != math.Signbit(in) {
			t.Errorf("%s -> %s: out of range or sign changed", v, out)
		}
		dec := func(s string) int { return len(s) - strings.IndexByte(s, '.') - 1 }
		if dec(out) != dec(v) {
			t.Errorf("%s -> %s: decimals changed", v, out)
		}
	}
	for _, v := range []string{"53", "1.2.3", "1234.5", "12.", ".5", "-", "53,55", "1.1234567890123456"} {
		if IsCoordinate([]byte(v)) {
			t.Errorf("IsCoordinate(%q) = true", v)
		}
	}
}
