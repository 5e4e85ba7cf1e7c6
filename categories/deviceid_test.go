package categories

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// makeICCID and makeEID complete a prefix of digits with random digits and the check.
func makeICCID(r *rand.Rand, n int) string {
	d := []byte("8944")
	for len(d) < n-1 {
		d = append(d, byte('0'+r.IntN(10)))
	}
	return string(append(d, luhnCheckDigit(d)))
}

func makeEID(r *rand.Rand) string {
	d := []byte("89049032")
	for len(d) < 30 {
		d = append(d, byte('0'+r.IntN(10)))
	}
	x := 0
	for _, c := range d {
		x = (x*10 + int(c-'0')) % 97
	}
	c := 98 - x*100%97
	return string(append(d, byte('0'+c/10), byte('0'+c%10)))
}

func makeIMEI(r *rand.Rand) string {
	d := []byte("35")
	for len(d) < 14 {
		d = append(d, byte('0'+r.IntN(10)))
	}
	return string(append(d, luhnCheckDigit(d)))
}

func makeVIN(r *rand.Rand) string {
	v := []byte("1HGCM826_3A")
	for len(v) < 17 {
		v = append(v, byte('0'+r.IntN(10)))
	}
	v[8] = vinCheck(v)
	return string(v)
}

func TestDeviceIDAt(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"490154203237518 x", 15},    // an IMEI (Luhn, reporting body 49)
		{"490154203237517", 0},       // the check fails
		{"123456789012347", 0},       // Luhn holds, but 12 is no reporting body
		{"35-209900-176148-1", 18},   // grouped
		{"35 209900 176148 1 x", 18}, // with blanks
		{"35 209900 176148 1 2", 0},  // and a group more
		{"8944 1100 1234 5678 901 ok", 23},
		{"8944 1100 1234 5678 902", 0},         // the check fails
		{"1HGCM82633A004352,", 17},             // a VIN with its check digit
		{"1HGCM82633A004353", 0},               // not with another serial
		{"WVWZZZ1JZXW000001", 17},              // a European VIN: Z fillers, no check digit
		{"WVWZZZ1JZXW0000A1", 0},               // not with letters in its serial
		{"WVWZZZ1J7XW000001", 0},               // nor with a digit, no check, in the ninth place
		{"1HGCM82633A004352X", 0},              // runs on
		{"4901542032375180", 0},                // sixteen digits
		{"1714567890123456789", 0},             // nanoseconds: 19 digits, not 89
		{"ABCDEFGHJKLMNPRST", 0},               // no serial
		{"35209900176148-1", 0},                // half grouped
		{"89445001021983048", 0},               // too short for an ICCID
		{"00000000000000000000", 0},            // zeros
		{"00008120-001A45E23C90A01E type", 25}, // an Apple UDID
		{"00008120-001A45E23C90A01EF", 0},      // one digit more
		{"00008120-001a45e23c90a01e", 0},       // Apple writes it in upper case
		{"10008120-001A45E23C90A01E", 0},       // not a chip id
		{"1EMH0071234567 x", 14},               // a meter's id (DIN 43863-5)
		{"7ELS1234567890,", 14},                // a gas meter's
		{"1EMH00712345678", 0},                 // one digit more
		{"1EmH0071234567", 0},                  // the maker's code is in capitals
		{"1EMH007123456A", 0},                  // the serial is digits
		{"04FB7E952B197C;", 14},                // an NXP chip's 7-byte id
		{"04a7afeae34536 x", 14},               // in lower case
		{"04A7afEAE34536", 0},                  // of two cases
		{"04FB7E952B197CD", 0},                 // runs on
		{"04123456789012", 0},                  // a number
		{"05FB7E952B197C", 0},                  // another maker
		{"HWTC615B69BF bound", 12},             // a PON terminal's serial (Huawei)
		{"ALCLC3E8A379,", 12},                  // (Nokia)
		{"HWTCABCDEFAB", 0},                    // no digit: a word's capitals
		{"HWTC615B69BFA", 0},                   // runs on
		{"QQQQ615B69BF", 0},                    // no vendor's id
	} {
		n, ok := DeviceIDAt([]byte(c.text))
		if !ok {
			n = 0
		}
		if n != c.n {
			t.Errorf("DeviceIDAt(%q) = %d, want %d", c.text, n, c.n)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		for _, v := range []string{makeICCID(r, 19), makeICCID(r, 20), makeEID(r), makeIMEI(r), makeVIN(r)} {
			if !ParseDeviceID([]byte(v)) {
				t.Fatalf("%s: not found", v)
			}
		}
	}
}

// TestDeviceIDPseudonyms: a pseudonym keeps its kind's prefix and a valid check, never
// meets another's, and Unmap takes it back.
func TestDeviceIDPseudonyms(t *testing.T) {
	m := NewDeviceIDs(fixedKeyring(5))
	r := rand.New(rand.NewPCG(5, 6))
	for _, kind := range []struct {
		name string
		keep int
		make func() string
	}{
		{"IMEI", 8, func() string { return makeIMEI(r) }},
		{"ICCID 19", 6, func() string { return makeICCID(r, 19) }},
		{"ICCID 20", 6, func() string { return makeICCID(r, 20) }},
		{"EID", 8, func() string { return makeEID(r) }},
		{"VIN", 8, func() string { return makeVIN(r) }},
		{"ICCID grouped", 7, func() string {
			v := makeICCID(r, 19)
			return v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:16] + " " + v[16:]
		}},
		{"UUID", 0, func() string {
			return fmt.Sprintf("%08x-%04x-4%03x-a%03x-%012x", r.Uint32(), r.IntN(1<<16), r.IntN(1<<12), r.IntN(1<<12), r.Int64N(1<<48))
		}},
		{"IMSI", 5, func() string { return fmt.Sprintf("26201%010d", r.Int64N(1e10)) }},
		{"serial", 0, func() string { return fmt.Sprintf("C02%dXG%dH7JY", r.IntN(10), r.IntN(10)) }},
		{"Apple UDID", 9, func() string { return fmt.Sprintf("0000%d-%016X", 8100+r.IntN(30), r.Uint64()) }},
		{"Zigbee IEEE", 2, func() string { return fmt.Sprintf("0x00158d%010x", r.Int64N(1<<40)|1<<39) }},
		{"NXP chip", 2, func() string { return fmt.Sprintf("04%012X", r.Int64N(1<<48)|1<<47) }},
		{"PON serial", 4, func() string { return fmt.Sprintf("ZTEG%08X", r.Int64N(1<<32)|1<<28) }},
		{"TR-069 identity", 19, func() string { return fmt.Sprintf("A0648F-Vivo-Box-v2-MTK%08X", r.Int64N(1<<32)|1<<28) }},
		{"Fortinet serial", 6, func() string { return fmt.Sprintf("FG100FTK%08d", r.IntN(100000000)) }},
		{"Fortinet serial with letters", 6, func() string { return fmt.Sprintf("FGT60FTK%04dA%03d", r.IntN(10000), r.IntN(1000)) }},
		{"serial of digits", 0, func() string { return fmt.Sprintf("%d", 100000000+r.IntN(900000000)) }},
		{"serial of digits, zero first", 1, func() string { return fmt.Sprintf("0%08d", r.IntN(100000000)) }},
		{"NFC chip 4", 0, func() string {
			return fmt.Sprintf("%02X:%02X:%02X:%02X", 0xA0|r.IntN(16), r.IntN(256), r.IntN(256), r.IntN(256))
		}},
		{"NFC chip 7", 0, func() string {
			return fmt.Sprintf("04:%02X:%02X:%02X:%02X:%02X:%02X", 0xB0|r.IntN(16), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256))
		}},
	} {
		seen := map[string]string{}
		for range 300 {
			v := kind.make()
			p := string(m.Append(nil, []byte(v)))
			if len(p) != len(v) || p[:kind.keep] != v[:kind.keep] {
				t.Fatalf("%s %s -> %s: prefix or length changed", kind.name, v, p)
			}
			if ParseDeviceID([]byte(v)) != ParseDeviceID([]byte(p)) {
				t.Fatalf("%s %s -> %s: the shape's check changed", kind.name, v, p)
			}
			if o, dup := seen[p]; dup && o != v {
				t.Fatalf("%s: %s and %s share %s", kind.name, o, v, p)
			}
			seen[p] = v
			if back := string(m.Unmap(nil, []byte(p))); back != v {
				t.Fatalf("%s %s -> %s -> %s", kind.name, v, p, back)
			}
			if (kind.name == "UUID" || kind.name == "Zigbee IEEE") && strings.Trim(p[kind.keep:], "0123456789abcdef-") != "" {
				t.Fatalf("%s -> %s: not hexadecimal", v, p)
			}
			if strings.HasPrefix(kind.name, "NFC chip") && (strings.Trim(p, "0123456789ABCDEF:") != "" || p[2] != ':' || p[len(p)-3] != ':') {
				t.Fatalf("%s -> %s: not upper-case hexadecimal bytes with colons", v, p)
			}
			if strings.HasPrefix(kind.name, "Fortinet") && !fortinetSerial([]byte(p)) {
				t.Fatalf("%s -> %s: no longer a Fortinet serial", v, p)
			}
			if kind.name == "serial of digits" && (p[0] == '0' || strings.Trim(p, "0123456789") != "") {
				t.Fatalf("%s -> %s: a JSON number would not stay one", v, p)
			}
			if (kind.name == "Apple UDID" || kind.name == "NXP chip") && strings.Trim(p[kind.keep:], "0123456789ABCDEF") != "" {
				t.Fatalf("%s -> %s: not upper-case hexadecimal", v, p)
			}
		}
	}
	if p := string(m.Append(nil, []byte("00000000-0000-0000-0000-000000000000"))); p != "00000000-0000-0000-0000-000000000000" {
		t.Errorf("the zero advertising id became %s", p)
	}
}

func TestCWMPSerial(t *testing.T) {
	for _, c := range []struct {
		id   string
		want int
	}{
		{"A0648F-Vivo-Box-v2-MTK23E2A0FF", 19}, // a product class with '-'
		{"E8F724-F680-ZTEG16BC6D30", 12},       // a class in hexadecimal digits, a serial not
		{"00259E-HG8245H-48575443E484E1F4", 15},
		{"A0B549-FRITZ!Box7590-AVM6060465388", 21},
		{"001E31-Speedport%2DSmart4-SP4621381180", 26},
		{"310277-20240514-7766323564", 0},     // no class in letters: a reference
		{"1A2B3C-release-20240101", 0},        // a build's date, no serial
		{"A7D3F1-B86012-48E91K", 0},           // an NHS prescription's id: a short serial
		{"A0648F-Box-ABCDEFGHJK", 0},          // a serial without a digit
		{"A0648F-Box-MTK23E2A0FF.example", 0}, // a name's '.'
		{"a0648f-Box-MTK23E2A0FF", 0},         // an OUI in capitals
		{"A0648F-MTK23E2A0FF12", 0},
		{"ABCDEF-ABC-12345678901234567890123456789012", 0}, // all hexadecimal: no pseudonym of it may read as one           // no product class
	} {
		if got := CWMPSerial([]byte(c.id)); got != c.want {
			t.Errorf("CWMPSerial(%q) = %d, want %d", c.id, got, c.want)
		}
	}
}

func FuzzDeviceID(f *testing.F) {
	for _, s := range []string{"490154203237518", "35-209900-176148-1", "1HGCM82633A004352", "89440000000000000009", "C02XG0FDH7JY", "ab-12", "00008120-001A45E23C90A01E", "1EMH0071234567", "0xA7F20C91", "0x00158d0004a1b2c3", "HWTC615B69BF", "A0648F-Vivo-Box-v2-MTK23E2A0FF", "ABCDEF-ABC-12345678901234567890123456789012", "FGT60FTK2209A1X7"} {
		f.Add(s)
	}
	m := NewDeviceIDs(fixedKeyring(6))
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := DeviceIDAt([]byte(s)); ok && (n > len(s) || !ParseDeviceID([]byte(s[:n]))) {
			t.Fatalf("DeviceIDAt(%q) = %d, which ParseDeviceID refuses", s, n)
		}
		if len(s) > 64 {
			return
		}
		p := m.Append(nil, []byte(s))
		if back := string(m.Unmap(nil, p)); back != s {
			t.Fatalf("%q -> %q -> %q", s, p, back)
		}
	})
}

// Example_deviceIDs shows pseudonyms of device identifiers under a fixed key: an IMEI
// keeps its model's type allocation code, an ICCID its issuer, a VIN its maker, model
// and year (a European one its Z fillers), an IMSI its country and network; checks are
// recomputed.
func Example_deviceIDs() {
	m := NewDeviceIDs(fixedKeyring(0))
	for _, id := range []string{"490154203237518", "8944110012345678901", "1HGCM82633A004352", "WAUZZZGYZPA034401", "262011234567890", "38400000-8cf0-11bd-b23e-10b96e4ef00d"} {
		p := m.Append(nil, []byte(id))
		fmt.Printf("%s -> %s -> %s\n", id, p, m.Unmap(nil, p))
	}
	// Output:
	// 490154203237518 -> 490154202969467 -> 490154203237518
	// 8944110012345678901 -> 8944113947212861899 -> 8944110012345678901
	// 1HGCM82633A004352 -> 1HGCM82683A897635 -> 1HGCM82633A004352
	// WAUZZZGYZPA034401 -> WAUZZZGYZPA518173 -> WAUZZZGYZPA034401
	// 262011234567890 -> 262015377085476 -> 262011234567890
	// 38400000-8cf0-11bd-b23e-10b96e4ef00d -> ea0290d2-3805-5afc-ccee-79a08bdb8c31 -> 38400000-8cf0-11bd-b23e-10b96e4ef00d
}
