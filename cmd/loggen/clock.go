package main

import "time"

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// clock is the simulated time of the current line, with its calendar fields
// cached per second so that formatting a timestamp costs a few appends.
type clock struct {
	ns         int64
	sec        int64
	y, mo, d   int
	hh, mm, ss int
	month      string
}

func (c *clock) init(ns int64) {
	c.ns, c.sec = ns, -1
	c.sync()
}

func (c *clock) advance(d int64) {
	c.ns += d
	if c.ns/1e9 != c.sec {
		c.sync()
	}
}

func (c *clock) sync() {
	c.sec = c.ns / 1e9
	t := time.Unix(c.sec, 0).UTC()
	y, m, d := t.Date()
	c.y, c.mo, c.d = y, int(m), d
	c.hh, c.mm, c.ss = t.Clock()
	c.month = monthNames[m-1]
}

func (c *clock) millis() int      { return int(c.ns % 1e9 / 1e6) }
func (c *clock) micros() int      { return int(c.ns % 1e9 / 1e3) }
func (c *clock) unixMilli() int64 { return c.ns / 1e6 }

// appendHMS appends 08:04:05.
func (c *clock) appendHMS(b []byte) []byte {
	b = appendPad(b, c.hh, 2)
	b = append(b, ':')
	b = appendPad(b, c.mm, 2)
	b = append(b, ':')
	return appendPad(b, c.ss, 2)
}

// appendDate appends 2025-03-03 with the given separator.
func (c *clock) appendDate(b []byte, sep byte) []byte {
	b = appendPad(b, c.y, 4)
	b = append(b, sep)
	b = appendPad(b, c.mo, 2)
	b = append(b, sep)
	return appendPad(b, c.d, 2)
}

// appendSyslog appends the RFC 3164 stamp "Mar  3 08:04:05".
func (c *clock) appendSyslog(b []byte) []byte {
	b = append(b, c.month...)
	b = append(b, ' ')
	if c.d < 10 {
		b = append(b, ' ')
	}
	b = appendInt(b, c.d)
	b = append(b, ' ')
	return c.appendHMS(b)
}

// appendISO appends 2025-03-03T08:04:05.123Z (frac 3) or with
// microseconds (frac 6) or none (frac 0).
func (c *clock) appendISO(b []byte, frac int) []byte {
	b = c.appendDate(b, '-')
	b = append(b, 'T')
	b = c.appendHMS(b)
	switch frac {
	case 3:
		b = appendPad(append(b, '.'), c.millis(), 3)
	case 6:
		b = appendPad(append(b, '.'), c.micros(), 6)
	}
	return append(b, 'Z')
}

// appendCLF appends the access-log stamp 03/Mar/2025:08:04:05 +0000.
func (c *clock) appendCLF(b []byte) []byte {
	b = appendPad(b, c.d, 2)
	b = append(b, '/')
	b = append(b, c.month...)
	b = append(b, '/')
	b = appendPad(b, c.y, 4)
	b = append(b, ':')
	b = c.appendHMS(b)
	return append(b, " +0000"...)
}

// appendASA appends the Cisco stamp "Mar 03 2025 08:04:05".
func (c *clock) appendASA(b []byte) []byte {
	b = append(b, c.month...)
	b = append(b, ' ')
	b = appendPad(b, c.d, 2)
	b = append(b, ' ')
	b = appendPad(b, c.y, 4)
	b = append(b, ' ')
	return c.appendHMS(b)
}

// appendBIND appends the named stamp "03-Mar-2025 08:04:05.123".
func (c *clock) appendBIND(b []byte) []byte {
	b = appendPad(b, c.d, 2)
	b = append(b, '-')
	b = append(b, c.month...)
	b = append(b, '-')
	b = appendPad(b, c.y, 4)
	b = append(b, ' ')
	b = c.appendHMS(b)
	return appendPad(append(b, '.'), c.millis(), 3)
}
