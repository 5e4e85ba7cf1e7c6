package categories

import (
	"encoding/binary"

	"github.com/siemanon/siemanon/categories/ff1"
)

// MAC addresses are found as six hex pairs separated by ':' or '-', or as three groups of
// four hex digits separated by '.' (Cisco). The mapping permutes the 46 bits that identify
// the device and keeps the two flag bits of the first octet (individual/group and
// universal/local), the separator and the case. Group (multicast) addresses, the broadcast
// address and the all-zero address name no device and stay. With KeepOUI the vendor's
// 24-bit organisationally unique identifier stays too and only the device part changes.

var macInfo = Category{
	Name:        MAC,
	Risk:        Medium,
	Description: "MAC addresses; separator, case and the multicast and locally-administered bits are kept",
	Reason:      "MAC addresses are stable device identifiers that track a person's device across networks",
}

// MACMapper maps MAC addresses for one worker. It is not safe for concurrent use.
type MACMapper struct {
	keepOUI bool
	key     []byte
	all     *ff1.Binary // the 46 non-flag bits
	device  *ff1.Binary // the 24 device bits, under the OUI as tweak
	cache   map[uint64]uint64
}

// NewMAC returns a MAC mapper; keepOUI keeps the vendor prefix.
func NewMAC(k *Keyring, keepOUI bool) *MACMapper {
	return (&MACMapper{keepOUI: keepOUI, key: k.Subkey(MAC)}).Clone()
}

// Clone returns a mapper for another worker.
func (m *MACMapper) Clone() *MACMapper {
	c := &MACMapper{keepOUI: m.keepOUI, key: m.key, cache: make(map[uint64]uint64)}
	var err error
	if c.all, err = ff1.NewBinary(c.key, 46); err != nil {
		panic(err)
	}
	if c.device, err = ff1.NewBinary(c.key, 24); err != nil {
		panic(err)
	}
	return c
}

func macUint(mac [6]byte) uint64 {
	var b [8]byte
	copy(b[2:], mac[:])
	return binary.BigEndian.Uint64(b[:])
}

func uintMAC(x uint64) (mac [6]byte) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], x)
	copy(mac[:], b[2:])
	return mac
}

// Map returns the pseudonym of a MAC address.
func (m *MACMapper) Map(mac [6]byte) [6]byte {
	x := macUint(mac)
	if y, ok := m.cache[x]; ok {
		return uintMAC(y)
	}
	y := m.permute(x, false)
	if len(m.cache) >= cacheLimit {
		clear(m.cache)
	}
	m.cache[x] = y
	return uintMAC(y)
}

// Unmap inverts Map.
func (m *MACMapper) Unmap(mac [6]byte) [6]byte {
	return uintMAC(m.permute(macUint(mac), true))
}

const (
	macGroupBit = uint64(1) << 40 // least significant bit of the first octet
	macLocalBit = uint64(1) << 41
)

func (m *MACMapper) permute(x uint64, inverse bool) uint64 {
	if x&macGroupBit != 0 || x == 0 {
		return x // multicast, broadcast, unset
	}
	if m.keepOUI {
		var tweak [3]byte
		tweak[0], tweak[1], tweak[2] = byte(x>>40), byte(x>>32), byte(x>>24)
		dev := x & 0xffffff
		if inverse {
			dev = m.device.Decrypt64(dev, tweak[:])
		} else {
			dev = m.device.Encrypt64(dev, tweak[:])
		}
		return x&^0xffffff | dev
	}
	// Squeeze out the two flag bits, permute the 46 others, put the flags back.
	flags := x & (macGroupBit | macLocalBit)
	rest := x>>42<<40 | x&(macGroupBit-1)
	if inverse {
		rest = m.all.Decrypt64(rest, nil)
	} else {
		rest = m.all.Encrypt64(rest, nil)
	}
	return rest>>40<<42 | flags | rest&(macGroupBit-1)
}

// MACForm is the notation a MAC address was written in.
type MACForm struct {
	Sep   byte // ':', '-', '.' (Cisco: three groups of four digits) or 0 (none, ParseBareMAC)
	Upper bool
	Quads bool // three groups of four digits: Cisco's with '.', Huawei's and HP's with '-', Aerohive's with ':'
}

// ParseBareMAC reads a MAC address written as twelve hex digits and nothing else
// (001A2B3C4D5E), as some logs write it in a column named for it. The shape is any
// 48-bit hex number's, so it is read only where a key or column says it is a MAC.
func ParseBareMAC(b []byte) (mac [6]byte, form MACForm, ok bool) {
	if len(b) != 12 {
		return mac, form, false
	}
	for i := range mac {
		v, isHex, upper := hexPair(b[i*2:])
		if !isHex {
			return mac, form, false
		}
		form.Upper = form.Upper || upper
		mac[i] = v
	}
	return mac, form, true
}

// ParseMAC reads a MAC address at the start of b.
func ParseMAC(b []byte) (mac [6]byte, n int, form MACForm, ok bool) {
	if len(b) >= 14 && (b[4] == '.' && b[9] == '.' || (b[4] == '-' && b[9] == '-' || b[4] == ':' && b[9] == ':') && hasHexLetter(b[:14])) {
		// (Huawei's and HP's a45e-60d2-113c has a letter: 2024-0312-1200 is no MAC;
		// Aerohive's and Extreme's 58a0:23f1:7c01 too, and must not run on as an IPv6
		// address's groups do, which the caller checks)
		for i := 0; i < 3; i++ {
			for j := 0; j < 2; j++ {
				v, isHex, upper := hexPair(b[i*5+j*2:])
				if !isHex {
					return mac, 0, form, false
				}
				form.Upper = form.Upper || upper
				mac[i*2+j] = v
			}
		}
		form.Sep, form.Quads = b[4], true
		return mac, 14, form, true
	}
	if len(b) < 17 || (b[2] != ':' && b[2] != '-') {
		return mac, 0, form, false
	}
	form.Sep = b[2]
	for i := 0; i < 6; i++ {
		if i > 0 && b[i*3-1] != form.Sep {
			return mac, 0, form, false
		}
		v, isHex, upper := hexPair(b[i*3:])
		if !isHex {
			return mac, 0, form, false
		}
		form.Upper = form.Upper || upper
		mac[i] = v
	}
	if form.Sep == '-' && !hasHexLetter(b[:17]) {
		form.Upper = true // Windows writes 00-1A-2B-...: keep its style when no letter tells
	}
	return mac, 17, form, true
}

func hexPair(b []byte) (v byte, ok, upper bool) {
	hi, ok1 := hexValue(b[0])
	lo, ok2 := hexValue(b[1])
	upper = (b[0] >= 'A' && b[0] <= 'F') || (b[1] >= 'A' && b[1] <= 'F')
	return hi<<4 | lo, ok1 && ok2, upper
}

func hasHexLetter(b []byte) bool {
	for _, c := range b {
		if (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') {
			return true
		}
	}
	return false
}

// AppendMAC appends a MAC address in the given notation.
func AppendMAC(dst []byte, mac [6]byte, form MACForm) []byte {
	digits := "0123456789abcdef"
	if form.Upper {
		digits = "0123456789ABCDEF"
	}
	for i, v := range mac {
		switch {
		case (form.Quads || form.Sep == '.') && i > 0 && i%2 == 0:
			dst = append(dst, form.Sep)
		case !form.Quads && form.Sep != '.' && form.Sep != 0 && i > 0:
			dst = append(dst, form.Sep)
		}
		dst = append(dst, digits[v>>4], digits[v&0xf])
	}
	return dst
}

// MACKept reports whether a MAC address stays as it is by policy: group (multicast,
// broadcast) and all-zero addresses.
func MACKept(mac [6]byte) bool {
	x := macUint(mac)
	return x&macGroupBit != 0 || x == 0
}
