package categories

import "bytes"

// Device and subscriber identifiers are online identifiers (GDPR Recital 30): a phone's
// IMEI, its SIM's ICCID and IMSI, an eSIM's EID, a car's VIN name one device, and through
// it one person. Found by shape in any text, where the shape and its check hold: an IMEI
// (15 digits of a reporting body's prefix, Luhn; or 2-6-6-1 with dashes), an ICCID (89,
// 19 or 20 digits, Luhn), an EID (89, 32 digits, mod 97), a VIN (17 characters of its
// alphabet, a valid check digit, a serial of digits), an Apple UDID (00008120- and 16
// hexadecimal digits), an NXP chip's 7-byte id as access control, charging and transit
// cards carry it (04 and 12 hexadecimal digits). At keys that name one (imsi=, idfa,
// serialNumber, android_id, meter_id) any value of letters and digits is one.
//
// What says what kind of device it is stays, as a card's IIN does: an IMEI's type
// allocation code (the model), an ICCID's issuer prefix, an EID's first eight digits, a
// VIN's manufacturer, model and year, an Apple UDID's chip, an IMSI's country and
// network. The rest is permuted as one number under that prefix, and the check digits
// are recomputed. Advertising ids and other hexadecimal ids stay hexadecimal; an
// all-zero id (tracking limited) stays.

// DeviceID is the name of the device and subscriber identifier category.
const DeviceID = "deviceid"

var deviceIDInfo = Category{
	Name:        DeviceID,
	Risk:        High,
	Description: "device and subscriber identifiers: IMEI, IMSI, ICCID, EID, VIN, advertising ids, serial numbers at their keys; the model, issuer or maker prefix kept, check digits recomputed",
	Reason:      "a device's identifier follows its owner across networks, apps and places (GDPR Recital 30: online identifiers)",
}

const vinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ" // no I, O or Q

// imeiReportingBodies are the first two digits of the type allocation codes in use.
var imeiReportingBodies = [100]bool{1: true, 10: true, 30: true, 33: true, 35: true, 44: true, 45: true,
	49: true, 50: true, 51: true, 52: true, 53: true, 54: true, 86: true, 91: true, 98: true, 99: true}

// DeviceIDAt reads an IMEI, ICCID, EID or VIN at the start of s and returns its length.
// The caller checks that the byte before s does not join it.
func DeviceIDAt(s []byte) (n int, ok bool) {
	if nxpChipIDAt(s) || meterIDAt(s) {
		return 14, true
	}
	if gponSerialAt(s) {
		return 12, true
	}
	if len(s) < 15 {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		run := decimalRun(s)
		if run < len(s) && (isIDChar(s[run]) || s[run] >= 'a' && s[run] <= 'z') {
			if vinAt(s) {
				return 17, true // a VIN that starts with digits (1HGCM82633A004352)
			}
			return 0, false
		}
		switch {
		case run == 15 && imeiShaped(s[:15]):
			return 15, true
		case (run == 19 || run == 20) && s[0] == '8' && s[1] == '9' && luhnCheckDigit(s[:run-1]) == s[run-1]:
			return run, true // ICCID
		case run == 32 && s[0] == '8' && s[1] == '9' && eidRemainder(s[:32]) == 1 && !(s[30] == '0' && s[31] <= '1'):
			return 32, true // (ISO 7064 writes check digits 02 to 98: 00 and 01 are no EID's, and would not map back)
		case run == 8 && appleUDIDAt(s):
			return 25, true
		case run == 4 && s[0] == '8' && s[1] == '9' && s[4] == ' ':
			if n := groupedICCID(s); n > 0 {
				return n, true // 8949 0734 7195 9011 169
			}
		case run == 2 && len(s) >= 18 && (s[2] == '-' && s[9] == '-' && s[16] == '-' || s[2] == ' ' && s[9] == ' ' && s[16] == ' ') &&
			(len(s) == 18 || !isIDChar(s[18]) && !(s[18] == ' ' && len(s) > 19 && isIDChar(s[19]))):
			var d [15]byte
			copy(d[:2], s[:2])
			copy(d[2:8], s[3:9])
			copy(d[8:14], s[10:16])
			d[14] = s[17]
			if decimalRun(d[:]) == 15 && imeiShaped(d[:]) {
				return 18, true // 35-209900-176148-1, 35 209900 176148 1
			}
		}
		return 0, false
	}
	if vinAt(s) {
		return 17, true
	}
	return 0, false
}

// appleUDIDAt reports an Apple device's UDID at the start of s, as devices with an Apple
// chip or a T2 write it: "0000", the chip's four digits, '-' and the chip's unique id in
// 16 upper-case hexadecimal digits (00008120-001A45E23C90A01E).
func appleUDIDAt(s []byte) bool {
	if len(s) < 25 || string(s[:4]) != "0000" || s[8] != '-' || len(s) > 25 && (isIDChar(s[25]) || s[25] >= 'a' && s[25] <= 'z') {
		return false
	}
	for _, c := range s[9:25] {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// nxpChipIDAt reports an NFC chip's 7-byte id at the start of s, written as one
// hexadecimal word: NXP's manufacturer code 04 and six bytes (04FB7E952B197C), as a
// MIFARE or NTAG card in a badge reader's, a charge point's or a transit gate's log. A
// letter and a digit among the six bytes, of one case, tell it from a number.
func nxpChipIDAt(s []byte) bool {
	if len(s) < 14 || s[0] != '0' || s[1] != '4' || len(s) > 14 && (isIDChar(s[14]) || s[14] >= 'a' && s[14] <= 'z') {
		return false
	}
	digits, lower, upper := 0, false, false
	for _, c := range s[2:14] {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'F':
			upper = true
		case c >= 'a' && c <= 'f':
			lower = true
		default:
			return false
		}
	}
	return digits > 0 && lower != upper
}

// gponVendors are the vendor ids that open a GPON or XGS-PON terminal's serial number
// (ITU-T G.984.3): Huawei, ZTE, Nokia (Alcatel-Lucent), Sercomm, FiberHome, Ubiquiti,
// TP-Link, Zyxel, Calix, Adtran, Sagemcom, Genexis, Technicolor, Askey, Realtek's
// reference design, and others as carriers' logs show them.
var gponVendors = map[string]bool{"HWTC": true, "ZTEG": true, "ALCL": true, "SCOM": true, "FHTT": true,
	"UBNT": true, "TPLG": true, "ZYXE": true, "CXNK": true, "ADTN": true, "SMBS": true, "GNXS": true,
	"TMBB": true, "ASKY": true, "RTKG": true, "DSNW": true, "ZNTS": true, "CIOT": true, "SKYW": true,
	"ITBS": true, "PRKS": true, "MSTC": true, "CDKT": true, "NOKW": true, "ELTX": true, "KAON": true,
	"HALN": true, "YHTC": true, "GPON": true, "DLNK": true, "AVMG": true, "SAGM": true, "ICOT": true}

// gponSerialAt reports a PON terminal's serial at the start of s, as OLTs, ACS servers
// and provisioning systems log it: a vendor id of four capitals and eight hexadecimal
// digits in capitals, a digit among them (HWTC615B69BF, ALCLC3E8A379). The terminal sits
// in one subscriber's home.
func gponSerialAt(s []byte) bool {
	if len(s) < 12 || len(s) > 12 && (isIDChar(s[12]) || s[12] >= 'a' && s[12] <= 'z') || !gponVendors[string(s[:4])] {
		return false
	}
	digit := false
	for _, c := range s[4:12] {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return false
		}
		digit = digit || c <= '9'
	}
	return digit
}

// CWMPSerial returns where the serial number starts in a CPE's TR-069 identity, v whole,
// as ACS servers (GenieACS) name a subscriber's router: the maker's OUI in six
// hexadecimal capitals, the product class (URL-encoded, or with '!' or '-':
// ZXHN%2DF680, FRITZ!Box7590, Vivo-Box-v2) and the serial, joined by '-'
// (A0648F-Vivo-Box-v2-MTK23E2A0FF); or 0. The serial is eight to 32 letters and digits,
// both among them (an NHS prescription's id, A7D3F1-B86012-48E91K, has six), and the
// class names a model in letters (a build's 1A2B3C-release-20240101 and a reference's
// 310277-20240514-7766323564 do not). What decides it is kept by a pseudonym of the
// serial and of ids of other shapes (the classes of characters, and being all
// hexadecimal), bar the OUI's hexadecimal digits, so that Unmap reads a pseudonym as
// Append read its original.
func CWMPSerial(v []byte) int {
	if len(v) < 17 || len(v) > 96 || v[6] != '-' || hexSet(v) != "" {
		return 0 // (all hexadecimal digits: an id in hex groups, whose pseudonym may mix letters and digits otherwise)
	}
	for _, c := range v[:6] {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return 0
		}
	}
	dash := bytes.LastIndexByte(v, '-')
	if dash <= 7 {
		return 0
	}
	class, serial := v[7:dash], v[dash+1:]
	if len(class) == 0 || len(serial) < 8 || len(serial) > 32 || !hasLetterByte(class) {
		return 0
	}
	for _, c := range class {
		if !isIDChar(c) && (c < 'a' || c > 'z') && c != '%' && c != '!' && c != '_' && c != '.' && c != '-' {
			return 0
		}
	}
	letter, digit := false, false
	for _, c := range serial {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letter = true
		default:
			return 0
		}
	}
	if !letter || !digit {
		return 0
	}
	return dash + 1
}

func hasLetterByte(v []byte) bool {
	for _, c := range v {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// meterIDAt reports an energy meter's id as DIN 43863-5 writes it, at the start of s: the
// medium's digit, the maker's three-letter FLAG code, the fabrication block's two digits
// and an eight-digit serial (1EMH0071234567), as a smart meter gateway, a head-end system
// or a utility's billing names a household's meter.
func meterIDAt(s []byte) bool {
	if len(s) < 14 || len(s) > 14 && (isIDChar(s[14]) || s[14] >= 'a' && s[14] <= 'z') || s[0] < '0' || s[0] > '9' {
		return false
	}
	for _, c := range s[1:4] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return decimalRun(s[4:14]) == 10
}

// groupedICCID returns the length of an ICCID printed in groups of four digits (the last
// of three or four) joined by single blanks at the start of s, or 0.
func groupedICCID(s []byte) int {
	var d [20]byte
	nd, k := 0, 0
	for {
		g := decimalRun(s[k:])
		if g < 3 || g > 4 || nd+g > len(d) {
			return 0
		}
		copy(d[nd:], s[k:k+g])
		nd += g
		k += g
		if g == 3 || k+1 >= len(s) || s[k] != ' ' || !(s[k+1] >= '0' && s[k+1] <= '9') {
			break
		}
		k++
	}
	if (nd != 19 && nd != 20) || k < len(s) && (isIDChar(s[k]) || s[k] >= 'a' && s[k] <= 'z') || luhnCheckDigit(d[:nd-1]) != d[nd-1] {
		return 0
	}
	return k
}

func imeiShaped(d []byte) bool {
	return imeiReportingBodies[int(d[0]-'0')*10+int(d[1]-'0')] && luhnCheckDigit(d[:14]) == d[14] && !sameDigit(d[2:14])
}

// eidRemainder is the mod-97 remainder of an EID's 32 digits (ISO 7064 97-10 as an IBAN).
func eidRemainder(d []byte) int {
	r := 0
	for _, c := range d {
		r = (r*10 + int(c-'0')) % 97
	}
	return r
}

// vinAt reports a VIN at the start of s: 17 characters of its alphabet, not running on,
// a valid check digit, two letters at least in its maker, model and year, and a serial
// whose last four are digits; or a European VIN's Z fillers and a serial of six digits.
func vinAt(s []byte) bool {
	if len(s) < 17 || len(s) > 17 && (isIDChar(s[17]) || s[17] >= 'a' && s[17] <= 'z') {
		return false
	}
	letters := 0
	for i, c := range s[:17] {
		if !bytesIndex(vinAlphabet, c) {
			return false
		}
		if c >= 'A' && i != 8 && i < 11 {
			letters++ // (in what a pseudonym keeps: not the check digit, not the serial)
		}
	}
	if string(s[3:6]) == "ZZZ" && s[8] == 'Z' {
		// Europe's makers fill the unused places with Z and write no check digit
		// (WVWZZZ1KZAW000001): the fillers, and a serial of six digits, mark the VIN.
		return decimalRun(s[11:17]) == 6
	}
	return letters >= 2 && decimalRun(s[13:17]) == 4 && vinCheck(s[:17]) == s[8]
}

var vinWeights = [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// vinCheck returns the check digit a VIN's ninth character must be (ISO 3779, as North
// America requires it): the transliterated characters weighted, mod 11, 10 written X.
func vinCheck(v []byte) byte {
	sum := 0
	for i, c := range v[:17] {
		x := vinLetterValue(c)
		if c >= '0' && c <= '9' {
			x = int(c - '0')
		}
		sum += x * vinWeights[i]
	}
	if r := sum % 11; r < 10 {
		return byte('0' + r)
	}
	return 'X'
}

// vinLetterValue transliterates a VIN letter: A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9.
func vinLetterValue(c byte) int {
	switch {
	case c >= 'A' && c <= 'H':
		return int(c-'A') + 1
	case c >= 'J' && c <= 'N':
		return int(c-'J') + 1
	case c == 'P':
		return 7
	case c == 'R':
		return 9
	case c >= 'S' && c <= 'Z':
		return int(c-'S') + 2
	}
	return 0
}

// ParseDeviceID reports whether v, whole, is an IMEI, ICCID, EID or VIN of a valid shape.
func ParseDeviceID(v []byte) bool {
	n, ok := DeviceIDAt(v)
	return ok && n == len(v)
}

// DeviceIDMapper maps device identifiers for one worker. It is not safe for concurrent use.
type DeviceIDMapper struct {
	perm digitPermutation
}

// NewDeviceIDs returns a device identifier mapper.
func NewDeviceIDs(k *Keyring) *DeviceIDMapper {
	m := &DeviceIDMapper{}
	m.perm.init(k.Subkey(DeviceID))
	return m
}

// Append appends the pseudonym of a device identifier. A value of no known shape keeps
// its layout: hexadecimal digits stay hexadecimal (a UUID, an Android id), otherwise
// every digit stays a digit and every letter a letter of its case; a number of 14 or 15
// digits (an IMSI) keeps its first five, the country and network, one of 16 (an IMEISV)
// its first eight, the model.
func (m *DeviceIDMapper) Append(dst, v []byte) []byte {
	return m.appendMapped(dst, v, false)
}

// Unmap appends the original of a pseudonym made by Append under the same key.
func (m *DeviceIDMapper) Unmap(dst, v []byte) []byte {
	return m.appendMapped(dst, v, true)
}

func (m *DeviceIDMapper) appendMapped(dst, v []byte, inverse bool) []byte {
	start := len(dst)
	dst = append(dst, v...)
	w := dst[start:]
	if n, ok := DeviceIDAt(v); ok && n == len(v) {
		switch {
		case n == 12 && gponSerialAt(w):
			// A PON terminal's serial: the vendor stays, the rest is walked until it
			// holds a digit again, so that it reads back as one.
			for permuteClass(&m.perm, w[4:], "0123456789ABCDEF", 'P', 0, 0, inverse); !gponSerialAt(w); {
				permuteClass(&m.perm, w[4:], "0123456789ABCDEF", 'P', 0, 0, inverse)
			}
		case n == 17:
			m.mapVIN(w, inverse)
		case n == 18: // an IMEI with dashes
			var d [15]byte
			copy(d[:2], w[:2])
			copy(d[2:8], w[3:9])
			copy(d[8:14], w[10:16])
			d[14] = w[17]
			m.mapLuhn(d[:], 8, 'I', inverse)
			copy(w[:2], d[:2])
			copy(w[3:9], d[2:8])
			copy(w[10:16], d[8:14])
			w[17] = d[14]
		case n == 15:
			m.mapLuhn(w, 8, 'I', inverse) // the type allocation code stays
		case n == 23 || n == 24: // an ICCID in groups: its digits as an ICCID, the blanks kept
			var d [20]byte
			nd := 0
			for _, c := range w {
				if c != ' ' {
					d[nd] = c
					nd++
				}
			}
			m.mapLuhn(d[:nd], 6, 'C', inverse)
			nd = 0
			for i, c := range w {
				if c != ' ' {
					w[i] = d[nd]
					nd++
				}
			}
		case n == 32:
			m.mapEID(w, inverse)
		case n == 14 && meterIDAt(w):
			// A meter's id: the medium and the maker stay, the block and serial are mapped.
			permuteClass(&m.perm, w[4:], "0123456789", 'M', 0, 0, inverse)
		case n == 14:
			// An NXP chip's id: the maker's code stays, the serial is walked until it is
			// one again (a letter and a digit), so that a pseudonym reads back as one.
			set := "0123456789ABCDEF"
			if hexSet(w) == "0123456789abcdef" {
				set = "0123456789abcdef"
			}
			for permuteClass(&m.perm, w[2:], set, 'N', 0, 0, inverse); !nxpChipIDAt(w); {
				permuteClass(&m.perm, w[2:], set, 'N', 0, 0, inverse)
			}
		case n == 25:
			// An Apple UDID: the chip (the model) stays, its unique id is mapped, in
			// upper-case hexadecimal digits as it was.
			chip := uint64(w[4])<<24 | uint64(w[5])<<16 | uint64(w[6])<<8 | uint64(w[7])
			permuteClass(&m.perm, w[9:], "0123456789ABCDEF", 'U', 0, chip, inverse)
		default:
			m.mapLuhn(w, 6, 'C', inverse) // ICCID: 89, the country and the issuer stay
		}
		return dst
	}
	if zeroID(v) {
		return dst // 00000000-0000-0000-0000-000000000000: tracking limited, no one
	}
	if fortinetSerial(v) {
		// A Fortinet appliance's serial (devid=FG100FTK21045873): the model, its first
		// six characters, stays; the rest is mapped as a serial of its own.
		return m.appendMapped(dst[:start+6], v[6:], inverse)
	}
	if serial := CWMPSerial(v); serial > 0 {
		// A TR-069 identity at a device key: the OUI and the product class stay (the
		// model), the serial is mapped as the raw scan maps it alone.
		// Walked on until the whole reads as one again (a serial of hexadecimal digits
		// may lose its letters), so that Unmap reads it the same way.
		cur := append([]byte(nil), v[serial:]...)
		for {
			dst = m.appendMapped(dst[:start+serial], cur, inverse)
			if CWMPSerial(dst[start:]) == serial {
				return dst
			}
			cur = append(cur[:0], dst[start+serial:]...)
		}
	}
	if zigbeeAddress(v) {
		// A Zigbee IEEE address, 0x00158d0004a1b2c3: the prefix stays, the digits are mapped.
		return m.appendMapped(dst[:start+2], v[2:], inverse)
	}
	if hexPrefixedID(v) {
		// Another id written in hexadecimal after 0x (an RFID card's, cardId 0xA7F20C91):
		// the prefix stays, the digits are mapped in their case, walked on until a letter
		// is among them when one was (so the pseudonym reads back the same way).
		set := "0123456789"
		switch {
		case bytes.ContainsAny(v[2:], "abcdef"):
			set = "0123456789abcdef"
		case bytes.ContainsAny(v[2:], "ABCDEF"):
			set = "0123456789ABCDEF"
		}
		w := dst[start+2:]
		for permuteClass(&m.perm, w, set, 'X', 0, uint64(len(w)), inverse); len(set) == 16 && !bytes.ContainsAny(w, set[10:]); {
			permuteClass(&m.perm, w, set, 'X', 0, uint64(len(w)), inverse)
		}
		return dst
	}
	// The way a value is mapped is read from the value, so the pseudonym must be read the
	// same way for Unmap: the permutation is walked on until it is (a hexadecimal id that
	// lost its letters, a serial that became an IMEI's shape).
	kind := deviceIDKind(v)
	digitsOnly := len(v) > 0 && decimalRun(v) == len(v)
	var layout uint64 = 14695981039346656037
	for _, c := range v {
		switch {
		case kind == 'H' && isHexDigit(c):
			c = 'x' // a hexadecimal digit may become a letter
		case kind != 'H' && c >= '0' && c <= '9':
			c = '9'
		case kind != 'H' && c >= 'A' && c <= 'Z':
			c = 'A'
		case kind != 'H' && c >= 'a' && c <= 'z':
			c = 'a'
		}
		layout = (layout ^ uint64(c)) * 1099511628211
	}
	for {
		switch kind {
		case 'H':
			permuteClass(&m.perm, w, hexSet(v), 'H', 0, layout, inverse)
		case 'S':
			// An IMSI keeps its country and network, an IMEISV (16 digits) its model.
			keep := 5
			if len(w) == 16 {
				keep = 8
			}
			permuteClass(&m.perm, w[keep:], "0123456789", 'S', 0, layout, inverse)
		default:
			for class, set := range [3]string{"0123456789", upperLetters, lowerLetters} {
				permuteClass(&m.perm, w, set, 'D', byte(class), layout, inverse)
			}
		}
		// (A pseudonym shaped as a Zigbee address or a Fortinet serial would be read back as one. A serial of
		// digits keeps a leading zero or keeps having none: a JSON number stays one.)
		if deviceIDKind(w) == kind && (!digitsOnly || (w[0] == '0') == (v[0] == '0')) && !zeroID(w) && !ParseDeviceID(w) && (kind != 'H' || hexSet(w) == hexSet(v)) && !hexPrefixedID(w) && CWMPSerial(w) == 0 && !fortinetSerial(w) {
			return dst
		}
	}
}

// fortinetSerial reports a Fortinet appliance's serial number: 16 capitals and digits,
// the first six the model (FGT60F, FG100F, FGVM04, FP231F: an F, a letter, a digit among
// the next four).
func fortinetSerial(v []byte) bool {
	if len(v) != 16 || v[0] != 'F' || v[1] < 'A' || v[1] > 'Z' || !bytes.ContainsAny(v[2:6], "0123456789") {
		return false
	}
	for _, c := range v {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// zigbeeAddress reports a Zigbee IEEE address: 0x and 16 hexadecimal digits, their
// letters of one case, so that the digits' pseudonym is one too.
func zigbeeAddress(v []byte) bool {
	return len(v) == 18 && hexPrefixedID(v)
}

// hexPrefixedID reports an id written as 0x and four hexadecimal digits or more, their
// letters of one case (a Zigbee address, an RFID card's 0xA7F20C91).
func hexPrefixedID(v []byte) bool {
	if len(v) < 6 || v[0] != '0' || v[1] != 'x' && v[1] != 'X' {
		return false
	}
	lower, upper := false, false
	for _, c := range v[2:] {
		if !isHexDigit(c) {
			return false
		}
		lower = lower || c >= 'a'
		upper = upper || c >= 'A' && c <= 'F'
	}
	return !(lower && upper)
}

// deviceIDKind says how a value of no known shape is mapped: 'H' as hexadecimal, 'S' as
// an IMSI, 'D' class by class.
func deviceIDKind(v []byte) byte {
	if hexSet(v) != "" {
		return 'H'
	}
	if d := decimalRun(v); d == len(v) && d >= 14 && d <= 16 {
		return 'S'
	}
	return 'D'
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// mapLuhn permutes the digits of d between keep and the last, tweaked by the kept ones,
// and recomputes the Luhn digit.
func (m *DeviceIDMapper) mapLuhn(d []byte, keep int, kind byte, inverse bool) {
	var x uint64
	for _, c := range d[keep : len(d)-1] {
		x = x*10 + uint64(c-'0')
	}
	var head uint64
	for _, c := range d[:keep] {
		head = head*10 + uint64(c-'0')
	}
	tweak := [7]byte{kind, byte(len(d)), byte(head >> 32), byte(head >> 24), byte(head >> 16), byte(head >> 8), byte(head)}
	size := pow10(len(d) - 1 - keep)
	if inverse {
		x = m.perm.unpermute(x, size, tweak)
	} else {
		x = m.perm.permute(x, size, tweak)
	}
	for i := len(d) - 2; i >= keep; i-- {
		d[i] = byte('0' + x%10)
		x /= 10
	}
	d[len(d)-1] = luhnCheckDigit(d[:len(d)-1])
}

// mapEID permutes the 22 digits after an EID's first eight, in two halves, and
// recomputes its two check digits.
func (m *DeviceIDMapper) mapEID(d []byte, inverse bool) {
	layout := classLayout(d[:8]) ^ uint64(d[2])<<8 ^ uint64(d[7])
	permuteClass(&m.perm, d[8:19], "0123456789", 'E', 0, layout, inverse)
	permuteClass(&m.perm, d[19:30], "0123456789", 'E', 1, layout, inverse)
	r := 0
	for _, c := range d[:30] {
		r = (r*10 + int(c-'0')) % 97
	}
	check := 98 - r*100%97 // 2 to 98, as IBANs write theirs
	d[30], d[31] = byte('0'+check/10), byte('0'+check%10)
}

// mapVIN permutes a VIN's serial (its last six characters, digits as digits and letters
// in the VIN alphabet) under its maker, model and year, and recomputes the check digit.
func (m *DeviceIDMapper) mapVIN(v []byte, inverse bool) {
	var layout uint64 = 14695981039346656037 // FNV-1a of the maker, model and year (not the check digit)
	for i, c := range v[:11] {
		if i != 8 {
			layout = (layout ^ uint64(c)) * 1099511628211
		}
	}
	permuteClass(&m.perm, v[11:17], "0123456789", 'V', 0, layout, inverse)
	permuteClass(&m.perm, v[11:17], vinAlphabet[10:], 'V', 1, layout, inverse)
	if v[8] != 'Z' { // (a European VIN's filler, which no check digit is, stays)
		v[8] = vinCheck(v)
	}
}

// zeroID reports an identifier of zeros and separators only.
func zeroID(v []byte) bool {
	zeros := 0
	for _, c := range v {
		switch c {
		case '0':
			zeros++
		case '-', ':', ' ':
		default:
			return false
		}
	}
	return zeros >= 8
}

// hexSet returns the hexadecimal digits of v's case when v is a hexadecimal id (a UUID,
// an Android id, a serial of 12 or more hex digits with a letter among them, a chip id of
// four bytes or more written with colons), or "".
func hexSet(v []byte) string {
	hex, lower, upper := 0, false, false
	bytesWithColons := len(v)%3 == 2 // an NFC chip's id: 9D:73:83:FD
	for k, c := range v {
		if bytesWithColons && (k%3 == 2) != (c == ':') {
			bytesWithColons = false
		}
		switch {
		case c >= '0' && c <= '9':
			hex++
		case c >= 'a' && c <= 'f':
			hex++
			lower = true
		case c >= 'A' && c <= 'F':
			hex++
			upper = true
		case c == '-' || c == ':':
		default:
			return ""
		}
	}
	switch {
	case hex < 12 && !(bytesWithColons && hex >= 8) || lower == upper:
		return ""
	case lower:
		return "0123456789abcdef"
	}
	return "0123456789ABCDEF"
}
