package ff1

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// toUint128 reads radix-2 numerals, numeral 0 being the most significant bit.
func toUint128(x []uint16) Uint128 {
	var r Uint128
	for _, d := range x {
		r.Hi = r.Hi<<1 | r.Lo>>63
		r.Lo = r.Lo<<1 | uint64(d)
	}
	return r
}

func fromUint128(x Uint128, n int) []uint16 {
	out := make([]uint16, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = uint16(x.Lo & 1)
		x.Lo = x.Lo>>1 | x.Hi<<63
		x.Hi >>= 1
	}
	return out
}

func below(x Uint128, n int) bool {
	if n >= 128 {
		return true
	}
	if n >= 64 {
		return x.Hi>>(n-64) == 0
	}
	return x.Hi == 0 && x.Lo>>n == 0
}

var testKey = bytes.Repeat([]byte{0x5a}, 16)

func TestBinaryVectors(t *testing.T) {
	for _, v := range extraVectors {
		if v.radix != 2 {
			continue
		}
		t.Run(v.name, func(t *testing.T) {
			k, err := NewBinary(mustHex(t, key256), len(v.pt))
			if err != nil {
				t.Fatal(err)
			}
			pt, ct := toUint128(v.pt), toUint128(v.ct)
			if got := k.Encrypt(pt, v.tweak); got != ct {
				t.Errorf("Encrypt = %x, want %x", got, ct)
			}
			if got := k.Decrypt(ct, v.tweak); got != pt {
				t.Errorf("Decrypt = %x, want %x", got, pt)
			}
		})
	}
}

// checkAgainstGeneric compares Binary with Cipher at radix 2 for one input, in both
// directions, and checks the output stays below 2^n.
func checkAgainstGeneric(t *testing.T, key []byte, n int, x Uint128, tweak []byte) {
	t.Helper()
	k, err := NewBinary(key, n)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCipher(key, 2)
	if err != nil {
		t.Fatal(err)
	}
	x = toUint128(fromUint128(x, n)) // keep the low n bits
	want, err := c.Encrypt(nil, fromUint128(x, n), tweak)
	if err != nil {
		t.Fatal(err)
	}
	got := k.Encrypt(x, tweak)
	if got != toUint128(want) {
		t.Fatalf("n=%d x=%x tweak=%x: Binary.Encrypt = %x, generic = %x", n, x, tweak, got, toUint128(want))
	}
	if !below(got, n) {
		t.Fatalf("n=%d: output %x is not below 2^n", n, got)
	}
	wantDec, err := c.Decrypt(nil, fromUint128(x, n), tweak)
	if err != nil {
		t.Fatal(err)
	}
	if dec := k.Decrypt(x, tweak); dec != toUint128(wantDec) {
		t.Fatalf("n=%d x=%x tweak=%x: Binary.Decrypt = %x, generic = %x", n, x, tweak, dec, toUint128(wantDec))
	}
	if back := k.Decrypt(got, tweak); back != x {
		t.Fatalf("n=%d: Decrypt(Encrypt(%x)) = %x", n, x, back)
	}
	if n <= 64 {
		if e := k.Encrypt64(x.Lo, tweak); e != got.Lo {
			t.Fatalf("n=%d: Encrypt64 = %x, Encrypt = %x", n, e, got.Lo)
		}
		if d := k.Decrypt64(got.Lo, tweak); d != x.Lo {
			t.Fatalf("n=%d: Decrypt64 = %x, want %x", n, d, x.Lo)
		}
	}
}

func TestBinaryMatchesGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// Widths around every change of b (bytes of NUM(B)) and of d, plus the 64-bit half.
	widths := []int{20, 21, 32, 33, 46, 47, 48, 49, 63, 64, 65, 66, 80, 96, 100, 112, 126, 127, 128}
	// Tweak lengths around block boundaries and the CIPH(P) cache size.
	tweakLens := []int{0, 1, 7, 8, 11, 12, 15, 16, 17, 31, 32, 33, 48, 100}
	keys := [][]byte{testKey, bytes.Repeat([]byte{7}, 24), bytes.Repeat([]byte{9}, 32)}
	for _, key := range keys {
		for _, n := range widths {
			for _, tl := range tweakLens {
				tweak := make([]byte, tl)
				for i := range tweak {
					tweak[i] = byte(rng.Uint32())
				}
				for _, x := range []Uint128{{}, {^uint64(0), ^uint64(0)}, {rng.Uint64(), rng.Uint64()}} {
					checkAgainstGeneric(t, key, n, x, tweak)
				}
			}
		}
	}
}

func TestBinaryIgnoresHighBits(t *testing.T) {
	for _, n := range []int{20, 64, 100} {
		k, err := NewBinary(testKey, n)
		if err != nil {
			t.Fatal(err)
		}
		x := Uint128{0x0123456789abcdef, 0xfedcba9876543210}
		low := toUint128(fromUint128(x, n))
		if k.Encrypt(x, nil) != k.Encrypt(low, nil) {
			t.Errorf("n=%d: bits above n changed the result", n)
		}
	}
}

func TestBinaryBitsAndPanic(t *testing.T) {
	k, err := NewBinary(testKey, 65)
	if err != nil {
		t.Fatal(err)
	}
	if k.Bits() != 65 {
		t.Errorf("Bits() = %d", k.Bits())
	}
	defer func() {
		if recover() == nil {
			t.Error("Encrypt64 on a 65-bit Binary did not panic")
		}
	}()
	k.Encrypt64(1, nil)
}

func TestBinaryNoAllocs(t *testing.T) {
	tweak := []byte("a tweak longer than the cached P states, for the slow path")
	for _, n := range []int{32, 48, 64, 128} {
		k, err := NewBinary(testKey, n)
		if err != nil {
			t.Fatal(err)
		}
		x := Uint128{Lo: 12345}
		for _, tw := range [][]byte{nil, tweak[:5], tweak} {
			if a := testing.AllocsPerRun(100, func() { x = k.Decrypt(k.Encrypt(x, tw), tw) }); a != 0 {
				t.Errorf("n=%d tweak %d bytes: %v allocs per Encrypt+Decrypt", n, len(tw), a)
			}
			if n <= 64 {
				if a := testing.AllocsPerRun(100, func() { x.Lo = k.Decrypt64(k.Encrypt64(x.Lo, tw), tw) }); a != 0 {
					t.Errorf("n=%d: %v allocs per Encrypt64+Decrypt64", n, a)
				}
			}
		}
	}
}

func FuzzBinaryMatchesGeneric(f *testing.F) {
	f.Add(uint8(20), uint64(0), uint64(0), []byte{})
	f.Add(uint8(32), uint64(0), uint64(0xc0a80001), []byte("src_ip"))
	f.Add(uint8(128), ^uint64(0), ^uint64(0), bytes.Repeat([]byte{1}, 40))
	f.Fuzz(func(t *testing.T, n uint8, hi, lo uint64, tweak []byte) {
		w := 20 + int(n)%109 // 20..128
		checkAgainstGeneric(t, testKey, w, Uint128{hi, lo}, tweak)
	})
}

func FuzzBinaryRoundTrip(f *testing.F) {
	f.Add(uint8(46), uint64(1), uint64(2), []byte("t"))
	f.Fuzz(func(t *testing.T, n uint8, hi, lo uint64, tweak []byte) {
		w := 20 + int(n)%109
		k, err := NewBinary(testKey, w)
		if err != nil {
			t.Fatal(err)
		}
		x := toUint128(fromUint128(Uint128{hi, lo}, w))
		ct := k.Encrypt(x, tweak)
		if !below(ct, w) {
			t.Fatalf("n=%d: %x not below 2^n", w, ct)
		}
		if back := k.Decrypt(ct, tweak); back != x {
			t.Fatalf("n=%d: Decrypt(Encrypt(%x)) = %x", w, x, back)
		}
	})
}

func benchBinary(b *testing.B, n int) {
	k, err := NewBinary(testKey, n)
	if err != nil {
		b.Fatal(err)
	}
	tweak := []byte("ipv4")
	x := Uint128{Lo: 0xc0a80001}
	b.ReportAllocs()
	for b.Loop() {
		x = k.Encrypt(x, tweak)
	}
}

func BenchmarkBinary32(b *testing.B)  { benchBinary(b, 32) }
func BenchmarkBinary46(b *testing.B)  { benchBinary(b, 46) }
func BenchmarkBinary64(b *testing.B)  { benchBinary(b, 64) }
func BenchmarkBinary128(b *testing.B) { benchBinary(b, 128) }

func BenchmarkCipherRadix10Len16(b *testing.B) {
	c, err := NewCipher(testKey, 10)
	if err != nil {
		b.Fatal(err)
	}
	x := numerals("4111111111111111")
	dst := make([]uint16, 16)
	tweak := []byte("pan")
	b.ReportAllocs()
	for b.Loop() {
		if dst, err = c.Encrypt(dst, x, tweak); err != nil {
			b.Fatal(err)
		}
	}
}
