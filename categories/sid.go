package categories

import (
	"encoding/binary"
	"strconv"

	"github.com/siemanon/siemanon/categories/ff1"
)

// Windows security identifiers are found by their syntax, S-1-<authority>-<sub>-...
// Only domain and machine SIDs (S-1-5-21-a-b-c[-RID]) name an organisation and a person;
// well-known SIDs (S-1-5-18, S-1-5-32-544, S-1-1-0, ...) stay. The 96-bit domain part is
// permuted as one value, so one domain maps to one pseudonymous domain; a RID of 1000 or
// more (a user or group created by the domain) is permuted within [1000, 2^32) under the
// domain as tweak; RIDs below 1000 (Administrator 500, Guest 501, Domain Admins 512, ...)
// stay, being the same in every domain.

var sidInfo = Category{
	Name:        SID,
	Risk:        High,
	Description: "Windows security identifiers; the domain part maps per domain, RIDs keep their number of digits, well-known SIDs and RIDs below 1000 stay",
	Reason:      "a SID identifies one account, and so one person, across every system of a domain",
}

// SIDMapper maps SIDs for one worker. It is not safe for concurrent use.
type SIDMapper struct {
	key    []byte
	domain *ff1.Binary
	rid    digitPermutation
}

// NewSIDs returns a SID mapper.
func NewSIDs(k *Keyring) *SIDMapper {
	m := &SIDMapper{key: k.Subkey(SID)}
	var err error
	if m.domain, err = ff1.NewBinary(m.key, 96); err != nil {
		panic(err)
	}
	m.rid.init(k.Subkey(SID + "/rid"))
	return m
}

// SIDAt reads a SID at the start of s: "S-1-" and dash-separated decimal numbers. It
// returns its length and the sub-authorities after the identifier authority.
func SIDAt(s []byte) (n int, ok bool) {
	if len(s) < 5 || s[0]|0x20 != 's' || s[1] != '-' || s[2] != '1' || s[3] != '-' {
		return 0, false
	}
	n = 4
	parts := 0
	for {
		start := n
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == start || n-start > 10 {
			return 0, false
		}
		parts++
		if n+1 < len(s) && s[n] == '-' && s[n+1] >= '0' && s[n+1] <= '9' {
			n++
			continue
		}
		break
	}
	return n, parts >= 1
}

// domainSIDNumbers parses the numbers after "S-1-" of a SID found by SIDAt into nums and
// reports whether it is a domain SID: authority 5, then 21, then three 32-bit
// sub-authorities. Other SIDs (well-known ones, too many parts) are kept as they are.
func domainSIDNumbers(sid []byte, nums *[16]uint64) (count int, ok bool) {
	start := 4
	for i := 4; i <= len(sid); i++ {
		if i == len(sid) || sid[i] == '-' {
			if count == len(nums) {
				return 0, false
			}
			v, err := strconv.ParseUint(string(sid[start:i]), 10, 64)
			if err != nil {
				return 0, false
			}
			nums[count] = v
			count++
			start = i + 1
		}
	}
	ok = count >= 5 && nums[0] == 5 && nums[1] == 21 &&
		nums[2] <= 0xffffffff && nums[3] <= 0xffffffff && nums[4] <= 0xffffffff
	return count, ok
}

// Append appends the pseudonym of a SID found by SIDAt.
func (m *SIDMapper) Append(dst, sid []byte) []byte {
	var nums [16]uint64
	count, ok := domainSIDNumbers(sid, &nums)
	if !ok {
		return append(dst, sid...)
	}
	domain := ff1.Uint128{Hi: nums[2], Lo: nums[3]<<32 | nums[4]}
	mapped := m.domain.Encrypt(domain, nil)
	dst = append(dst, sid[:9]...) // "S-1-5-21-" in the input's case
	dst = strconv.AppendUint(dst, mapped.Hi&0xffffffff, 10)
	dst = append(dst, '-')
	dst = strconv.AppendUint(dst, mapped.Lo>>32, 10)
	dst = append(dst, '-')
	dst = strconv.AppendUint(dst, mapped.Lo&0xffffffff, 10)
	return appendRIDs(dst, nums[5:count], nums[2], nums[3], nums[4], m.rid.permute)
}

// Unmap appends the original of a SID pseudonym made by Append under the same key: the
// inverse of Append. The domain part is decrypted first, since Append tweaks each RID with
// the original domain; RIDs are cycle-walked back within [1000, 2^32). SIDs that Append
// keeps (well-known SIDs, RIDs below 1000) come back unchanged.
func (m *SIDMapper) Unmap(dst, sid []byte) []byte {
	var nums [16]uint64
	count, ok := domainSIDNumbers(sid, &nums)
	if !ok {
		return append(dst, sid...)
	}
	mapped := ff1.Uint128{Hi: nums[2], Lo: nums[3]<<32 | nums[4]}
	domain := m.domain.Decrypt(mapped, nil)
	d2, d3, d4 := domain.Hi&0xffffffff, domain.Lo>>32, domain.Lo&0xffffffff
	dst = append(dst, sid[:9]...)
	dst = strconv.AppendUint(dst, d2, 10)
	dst = append(dst, '-')
	dst = strconv.AppendUint(dst, d3, 10)
	dst = append(dst, '-')
	dst = strconv.AppendUint(dst, d4, 10)
	return appendRIDs(dst, nums[5:count], d2, d3, d4, m.rid.unpermute)
}

// appendRIDs appends "-RID" for each RID, walked through permute (the keyed permutation
// or its inverse) over the RIDs of its number of digits, from 1000 up and below 2^32:
// 1104 stays four digits. The tweak holds the number of digits and a hash of the original
// domain, so the same RID in two domains maps apart. RIDs below 1000 are well-known (500
// Administrator, 512 Domain Admins) and kept.
func appendRIDs(dst []byte, rids []uint64, d2, d3, d4 uint64, permute func(x, size uint64, tweak [7]byte) uint64) []byte {
	var domain [12]byte
	binary.BigEndian.PutUint32(domain[0:], uint32(d2))
	binary.BigEndian.PutUint32(domain[4:], uint32(d3))
	binary.BigEndian.PutUint32(domain[8:], uint32(d4))
	h := uint64(14695981039346656037) // FNV-1a, inline: no allocation per SID
	for _, c := range domain {
		h ^= uint64(c)
		h *= 1099511628211
	}
	var sum [8]byte
	binary.BigEndian.PutUint64(sum[:], h)
	var tweak [7]byte // the number of digits, then 48 bits of the domain's hash
	copy(tweak[1:], sum[:6])
	for _, rid := range rids {
		dst = append(dst, '-')
		if rid < 1000 || rid > 0xffffffff {
			dst = strconv.AppendUint(dst, rid, 10)
			continue
		}
		n := decimalDigits(rid)
		lo, hi := max(pow10(n-1), 1000), min(pow10(n), 1<<32)
		tweak[0] = byte(n)
		dst = strconv.AppendUint(dst, lo+permute(rid-lo, hi-lo, tweak), 10)
	}
	return dst
}

func decimalDigits(v uint64) int {
	n := 1
	for v >= 10 {
		v /= 10
		n++
	}
	return n
}

// binarySIDPrefix is how the hexadecimal of a domain SID's binary form starts, after
// "0x" and its revision (01) and sub-authority count: the identifier authority 5 (NT),
// then the first sub-authority 21, little-endian.
const binarySIDPrefix = "00000000000515000000"

// BinarySIDLen returns the length of a domain SID written as the hexadecimal of its
// binary form at the start of s, as SQL Server writes a login's sid
// (0x010500000000000515000000...), or 0: "0x", revision 1, a count of 4 to 15
// sub-authorities, authority 5, 21, then the count's 32-bit sub-authorities.
func BinarySIDLen(s []byte) int {
	if len(s) < 2+16+8 || s[0] != '0' || s[1] != 'x' && s[1] != 'X' || s[2] != '0' || s[3] != '1' {
		return 0
	}
	count, ok := hexByte(s[4], s[5])
	if !ok || count < 4 || count > 15 {
		return 0
	}
	n := 2 + 2*(8+4*int(count))
	if len(s) < n || !equalFoldASCII(s[6:26], binarySIDPrefix) {
		return 0
	}
	for _, c := range s[26:n] {
		if _, ok := hexValue(c); !ok {
			return 0
		}
	}
	if len(s) > n {
		if _, ok := hexValue(s[n]); ok {
			return 0
		}
	}
	return n
}

// AppendBinarySID appends the pseudonym of a SID of BinarySIDLen, in its binary form and
// its letters' case: the SID's text form mapped by Append.
func (m *SIDMapper) AppendBinarySID(dst, v []byte) []byte {
	return binarySIDVia(dst, v, m.Append)
}

// UnmapBinarySID appends the original of a pseudonym made by AppendBinarySID.
func (m *SIDMapper) UnmapBinarySID(dst, v []byte) []byte {
	return binarySIDVia(dst, v, m.Unmap)
}

// binarySIDVia appends the binary SID v with its text form passed through mapText.
func binarySIDVia(dst, v []byte, mapText func(dst, sid []byte) []byte) []byte {
	var text, mapped [192]byte
	t := binarySIDText(text[:0], v)
	p := mapText(mapped[:0], t)
	upper := false
	for _, c := range v[2:] {
		upper = upper || c >= 'A' && c <= 'F'
	}
	return appendBinarySID(append(dst, v[:2]...), p, upper)
}

// binarySIDText appends the text form (S-1-5-21-...) of a SID of BinarySIDLen.
func binarySIDText(dst, v []byte) []byte {
	count, _ := hexByte(v[4], v[5])
	dst = append(dst, "S-1-5"...)
	for k := range int(count) {
		at := 2 + 16 + 8*k
		var b [4]byte
		for j := range b {
			b[j], _ = hexByte(v[at+2*j], v[at+2*j+1])
		}
		dst = append(dst, '-')
		dst = strconv.AppendUint(dst, uint64(binary.LittleEndian.Uint32(b[:])), 10)
	}
	return dst
}

// appendBinarySID appends the hexadecimal of the binary form of the text SID t (S-1-5-...),
// without "0x".
func appendBinarySID(dst, t []byte, upper bool) []byte {
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	var subs [15]uint32
	count := 0
	start := len("S-1-5-")
	for i := start; i <= len(t) && count < len(subs); i++ {
		if i == len(t) || t[i] == '-' {
			v, _ := strconv.ParseUint(string(t[start:i]), 10, 32)
			subs[count] = uint32(v)
			count++
			start = i + 1
		}
	}
	dst = append(dst, '0', '1', digits[count>>4], digits[count&0xf])
	dst = append(dst, "000000000005"...)
	for _, v := range subs[:count] {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], v)
		for _, x := range b {
			dst = append(dst, digits[x>>4], digits[x&0xf])
		}
	}
	return dst
}

func hexByte(hi, lo byte) (byte, bool) {
	h, ok1 := hexValue(hi)
	l, ok2 := hexValue(lo)
	return h<<4 | l, ok1 && ok2
}

func equalFoldASCII(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
