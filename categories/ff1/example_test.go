package ff1_test

import (
	"fmt"
	"net/netip"

	"github.com/siemanon/siemanon/categories/ff1"
)

func Example() {
	key := []byte("0123456789abcdef") // in siemanon this comes from the session keyring

	// An IPv4 address is a 32-bit integer; its pseudonym is another IPv4 address.
	ipv4, err := ff1.NewBinary(key, 32)
	if err != nil {
		panic(err)
	}
	a := netip.MustParseAddr("192.168.1.10").As4()
	x := uint64(a[0])<<24 | uint64(a[1])<<16 | uint64(a[2])<<8 | uint64(a[3])
	y := ipv4.Encrypt64(x, []byte("ipv4"))
	fmt.Println(netip.AddrFrom4([4]byte{byte(y >> 24), byte(y >> 16), byte(y >> 8), byte(y)}))
	fmt.Println(ipv4.Decrypt64(y, []byte("ipv4")) == x)

	// Sixteen decimal digits stay sixteen decimal digits.
	digits, err := ff1.NewCipher(key, 10)
	if err != nil {
		panic(err)
	}
	ct, err := digits.Encrypt(nil, []uint16{4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(ct)
	// Output:
	// 55.53.152.25
	// true
	// [6 3 1 3 1 7 6 0 0 1 2 8 0 2 0 3]
}
