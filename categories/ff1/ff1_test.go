package ff1

import (
	"encoding/hex"
	"slices"
	"strings"
	"testing"
)

const alphabet36 = "0123456789abcdefghijklmnopqrstuvwxyz"

func numerals(s string) []uint16 {
	out := make([]uint16, len(s))
	for i, r := range s {
		out[i] = uint16(strings.IndexRune(alphabet36, r))
	}
	return out
}

func text(x []uint16) string {
	var sb strings.Builder
	for _, d := range x {
		sb.WriteByte(alphabet36[d])
	}
	return sb.String()
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The nine FF1-AES samples from NIST's "FF1samples.pdf" (Cryptographic Standards and
// Guidelines examples, https://csrc.nist.gov/CSRC/media/Projects/Cryptographic-Standards-and-Guidelines/documents/examples/FF1samples.pdf).
var nistSamples = []struct {
	name, key, tweak string
	radix            int
	pt, ct           string
}{
	{"1/AES-128", "2B7E151628AED2A6ABF7158809CF4F3C", "", 10, "0123456789", "2433477484"},
	{"2/AES-128", "2B7E151628AED2A6ABF7158809CF4F3C", "39383736353433323130", 10, "0123456789", "6124200773"},
	{"3/AES-128", "2B7E151628AED2A6ABF7158809CF4F3C", "3737373770717273373737", 36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"},
	{"4/AES-192", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F", "", 10, "0123456789", "2830668132"},
	{"5/AES-192", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F", "39383736353433323130", 10, "0123456789", "2496655549"},
	{"6/AES-192", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F", "3737373770717273373737", 36, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr"},
	{"7/AES-256", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94", "", 10, "0123456789", "6657667009"},
	{"8/AES-256", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94", "39383736353433323130", 10, "0123456789", "1001623463"},
	{"9/AES-256", "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94", "3737373770717273373737", 36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"},
}

func TestNISTSamples(t *testing.T) {
	for _, s := range nistSamples {
		t.Run(s.name, func(t *testing.T) {
			c, err := NewCipher(mustHex(t, s.key), s.radix)
			if err != nil {
				t.Fatal(err)
			}
			tweak := mustHex(t, s.tweak)
			ct, err := c.Encrypt(nil, numerals(s.pt), tweak)
			if err != nil {
				t.Fatal(err)
			}
			if got := text(ct); got != s.ct {
				t.Errorf("Encrypt = %s, want %s", got, s.ct)
			}
			pt, err := c.Decrypt(nil, numerals(s.ct), tweak)
			if err != nil {
				t.Fatal(err)
			}
			if got := text(pt); got != s.pt {
				t.Errorf("Decrypt = %s, want %s", got, s.pt)
			}
		})
	}
}

func TestCipherDst(t *testing.T) {
	s := nistSamples[1]
	c, err := NewCipher(mustHex(t, s.key), s.radix)
	if err != nil {
		t.Fatal(err)
	}
	tweak := mustHex(t, s.tweak)

	// A dst with enough capacity is reused, whatever its length.
	dst := make([]uint16, 3, 32)
	out, err := c.Encrypt(dst, numerals(s.pt), tweak)
	if err != nil {
		t.Fatal(err)
	}
	if &out[0] != &dst[:1][0] || text(out) != s.ct {
		t.Errorf("Encrypt into dst: got %s (reused=%v), want %s", text(out), &out[0] == &dst[:1][0], s.ct)
	}

	// In place.
	x := numerals(s.pt)
	if _, err := c.Encrypt(x, x, tweak); err != nil {
		t.Fatal(err)
	}
	if text(x) != s.ct {
		t.Errorf("in-place Encrypt = %s, want %s", text(x), s.ct)
	}
	if _, err := c.Decrypt(x, x, tweak); err != nil {
		t.Fatal(err)
	}
	if text(x) != s.pt {
		t.Errorf("in-place Decrypt = %s, want %s", text(x), s.pt)
	}
}

func TestCipherErrors(t *testing.T) {
	key := make([]byte, 16)
	for _, n := range []int{0, 8, 15, 17, 31, 33, 64} {
		if _, err := NewCipher(make([]byte, n), 10); err == nil {
			t.Errorf("NewCipher with %d-byte key: no error", n)
		}
		if _, err := NewBinary(make([]byte, n), 32); err == nil {
			t.Errorf("NewBinary with %d-byte key: no error", n)
		}
	}
	for _, r := range []int{-1, 0, 1, 65537} {
		if _, err := NewCipher(key, r); err == nil {
			t.Errorf("NewCipher radix %d: no error", r)
		}
	}
	for _, bits := range []int{0, 19, 129} {
		if _, err := NewBinary(key, bits); err == nil {
			t.Errorf("NewBinary(%d): no error", bits)
		}
	}
	for _, bits := range []int{20, 128} {
		if _, err := NewBinary(key, bits); err != nil {
			t.Errorf("NewBinary(%d): %v", bits, err)
		}
	}

	// Minimum lengths: radix^minlen >= 1,000,000 and minlen >= 2.
	for _, tc := range []struct{ radix, minLen int }{
		{2, 20}, {10, 6}, {36, 4}, {1000, 2}, {999, 3}, {65536, 2},
	} {
		c, err := NewCipher(key, tc.radix)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Encrypt(nil, make([]uint16, tc.minLen-1), nil); err == nil {
			t.Errorf("radix %d length %d: no error", tc.radix, tc.minLen-1)
		}
		if _, err := c.Decrypt(nil, make([]uint16, tc.minLen-1), nil); err == nil {
			t.Errorf("radix %d length %d decrypt: no error", tc.radix, tc.minLen-1)
		}
		if _, err := c.Encrypt(nil, make([]uint16, tc.minLen), nil); err != nil {
			t.Errorf("radix %d length %d: %v", tc.radix, tc.minLen, err)
		}
	}

	c, _ := NewCipher(key, 10)
	if _, err := c.Encrypt(nil, []uint16{0, 1, 2, 3, 4, 10}, nil); err == nil {
		t.Error("numeral equal to radix: no error")
	}
}

// Lengths whose d exceeds 16 bytes take the S = R || CIPH(R xor 1) || ... path, which
// the NIST samples do not reach.
func TestCipherRoundTripLong(t *testing.T) {
	key := make([]byte, 32)
	for _, radix := range []int{2, 10, 36, 255, 256, 65535, 65536} {
		c, err := NewCipher(key, radix)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{c.minLen, 17, 64, 100, 301} {
			if n < c.minLen {
				continue
			}
			x := make([]uint16, n)
			for i := range x {
				x[i] = uint16((i*7919 + n) % radix)
			}
			tweak := []byte(strings.Repeat("t", n%40))
			ct, err := c.Encrypt(nil, x, tweak)
			if err != nil {
				t.Fatal(err)
			}
			if len(ct) != n {
				t.Fatalf("radix %d n %d: len %d", radix, n, len(ct))
			}
			for _, d := range ct {
				if int(d) >= radix {
					t.Fatalf("radix %d: numeral %d out of range", radix, d)
				}
			}
			if slices.Equal(ct, x) {
				t.Errorf("radix %d n %d: ciphertext equals plaintext", radix, n)
			}
			pt, err := c.Decrypt(nil, ct, tweak)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(pt, x) {
				t.Errorf("radix %d n %d: round trip failed", radix, n)
			}
		}
	}
}

func bits(s string) []uint16 {
	out := make([]uint16, len(s))
	for i := range s {
		out[i] = uint16(s[i] - '0')
	}
	return out
}

const key256 = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94"

func tweak0to254() []byte {
	t := make([]byte, 255)
	for i := range t {
		t[i] = byte(i)
	}
	return t
}

// Vectors beyond the NIST samples, reaching what those do not: d > 16 (the S expansion),
// radix 2, and a tweak spanning many blocks. All are AES-256 with key256.
var extraVectors = []struct {
	name   string
	radix  int
	tweak  []byte
	pt, ct []uint16
}{
	// From capitalone/fpe ff1_test.go (also in str4d/fpe src/ff1/test_vectors.rs):
	// 128 numerals of radix 36, so b = 42 and d = 48.
	{"capitalone/radix36/128", 36, nil,
		numerals(strings.Repeat("xs8a0azh2avyalyzuwd", 7)[:128]),
		numerals("lwulibfp1ju3ksztumqomwenpv7duy9q7pg7zf3eg3rjlfy46gmgkqjfwvromfjjktmbey8meqk9zkcmgvkv4s9ll5ctozme1hf15w7xo6zsylqcr0nbx9jbf10umzok")},
	// Zcash FF1 test vectors, 88 bits (zcash-hackworks/zcash-test-vectors ff1.py, as
	// numeral strings in str4d/fpe src/ff1/test_vectors.rs).
	{"zcash/1", 2, nil,
		bits(strings.Repeat("0", 88)),
		bits("0000100100110101011101111111110011000001101100111110011101110101011010100100010011001111")},
	{"zcash/2", 2, nil,
		bits("0000100100110101011101111111110011000001101100111110011101110101011010100100010011001111"),
		bits("1101101011010001100011110000010011001111110110011101010110100001111001000101011111011000")},
	{"zcash/3", 2, nil,
		bits(strings.Repeat("01", 44)),
		bits("0000111101000001111011010111011111110001100101000000001101101110100010010111001100100110")},
	{"zcash/4", 2, tweak0to254(),
		bits(strings.Repeat("01", 44)),
		bits("0111110110001000000111010110000100010101101000000011100111100100100010101101111010100011")},
}

func TestExtraVectors(t *testing.T) {
	for _, v := range extraVectors {
		t.Run(v.name, func(t *testing.T) {
			c, err := NewCipher(mustHex(t, key256), v.radix)
			if err != nil {
				t.Fatal(err)
			}
			ct, err := c.Encrypt(nil, v.pt, v.tweak)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ct, v.ct) {
				t.Errorf("Encrypt = %v, want %v", ct, v.ct)
			}
			pt, err := c.Decrypt(nil, v.ct, v.tweak)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(pt, v.pt) {
				t.Errorf("Decrypt = %v, want %v", pt, v.pt)
			}
		})
	}
}
