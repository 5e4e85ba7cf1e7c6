package main

import "strconv"

// dec256 holds the decimal text of 0..255, for IPv4 addresses.
var dec256 [256]string

func init() {
	for i := range dec256 {
		dec256[i] = strconv.Itoa(i)
	}
}

func appendIPv4(b []byte, v uint32) []byte {
	b = append(b, dec256[v>>24]...)
	b = append(b, '.')
	b = append(b, dec256[v>>16&0xff]...)
	b = append(b, '.')
	b = append(b, dec256[v>>8&0xff]...)
	b = append(b, '.')
	return append(b, dec256[v&0xff]...)
}

func appendInt(b []byte, v int) []byte { return strconv.AppendInt(b, int64(v), 10) }

// appendEndpoint appends "interface:ip/port", as Cisco ASA writes a connection's end.
func appendEndpoint(b []byte, iface string, ip uint32, port int) []byte {
	b = append(b, iface...)
	b = append(b, ':')
	return appendAddrPort(b, ip, port)
}

// appendAddrPort appends "ip/port", as Cisco ASA writes an endpoint.
func appendAddrPort(b []byte, ip uint32, port int) []byte {
	b = appendIPv4(b, ip)
	b = append(b, '/')
	return appendInt(b, port)
}

// appendPad appends v in decimal, left-padded with zeros to width digits.
func appendPad(b []byte, v, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	tmp[i] = byte('0' + v)
	for len(tmp)-i < width {
		i--
		tmp[i] = '0'
	}
	return append(b, tmp[i:]...)
}

const (
	hexLower = "0123456789abcdef"
	hexUpper = "0123456789ABCDEF"
)

// appendHex appends the low n hex digits of v, lower case.
func appendHex(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, hexLower[v>>(4*uint(i))&0xf])
	}
	return b
}

func appendHexUpper(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, hexUpper[v>>(4*uint(i))&0xf])
	}
	return b
}

// MAC notations.
const (
	macColon = iota // 00:1a:2b:3c:4d:5e
	macDash         // 00-1A-2B-3C-4D-5E
	macCisco        // 001a.2b3c.4d5e
)

func appendMAC(b []byte, m uint64, style int) []byte {
	switch style {
	case macCisco:
		b = appendHex(b, m>>32, 4)
		b = append(b, '.')
		b = appendHex(b, m>>16, 4)
		b = append(b, '.')
		return appendHex(b, m, 4)
	case macDash:
		for i := 5; i >= 0; i-- {
			b = appendHexUpper(b, m>>(8*uint(i)), 2)
			if i > 0 {
				b = append(b, '-')
			}
		}
		return b
	}
	for i := 5; i >= 0; i-- {
		b = appendHex(b, m>>(8*uint(i)), 2)
		if i > 0 {
			b = append(b, ':')
		}
	}
	return b
}

// appendJSON appends s as a quoted JSON string.
func appendJSON[S ~string | ~[]byte](b []byte, s S) []byte {
	b = append(b, '"')
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[last:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hexLower[c>>4], hexLower[c&0xf])
		}
		last = i + 1
	}
	b = append(b, s[last:]...)
	return append(b, '"')
}

// appendCEF appends s escaped as a CEF extension value: backslash and '='
// take a backslash, a newline becomes \n.
func appendCEF[S ~string | ~[]byte](b []byte, s S) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' && c != '=' && c != '\n' {
			continue
		}
		b = append(b, s[last:i]...)
		if c == '\n' {
			b = append(b, '\\', 'n')
		} else {
			b = append(b, '\\', c)
		}
		last = i + 1
	}
	return append(b, s[last:]...)
}
