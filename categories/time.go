package categories

import (
	"encoding/binary"
	"strconv"
	"time"
)

// Timestamps are found by their formats: RFC 3339 (2024-05-01T10:00:00.123Z, also with a
// blank for the T), syslog (Mar  3 14:02:11, no year), NCSA access logs
// ([03/Mar/2025:14:04:41 +0100]), Windows (5/1/2024 10:00:00 AM) and epoch seconds,
// milliseconds or nanoseconds at time keys. With --shift-time every one of them moves by
// the same keyed offset, a whole number of weeks: order, intervals, the time of day and the
// weekday survive (what detection models learn from), the calendar dates do not. Each is
// written back in its own format.

var timeInfo = Category{
	Name:        Time,
	Risk:        Low,
	Description: "timestamps; with --shift-time all move by one keyed offset of whole weeks, keeping order, intervals and format",
	Reason:      "exact times can single out a person's activity when combined with other data",
	DefaultOff:  true,
}

// TimeShifter moves timestamps by the session's offset.
type TimeShifter struct {
	offset  time.Duration
	inverse bool // shifts back what a shifter of -offset shifted
}

// NewTimeShifter derives the session's offset: 1 to 52 weeks, forward or back.
func NewTimeShifter(k *Keyring) *TimeShifter {
	sum := k.PRF(Time).Sum([]byte("offset"))
	n := binary.BigEndian.Uint64(sum[:8])
	weeks := int64(n%52) + 1
	if n>>63 == 1 {
		weeks = -weeks
	}
	return &TimeShifter{offset: time.Duration(weeks) * 7 * 24 * time.Hour}
}

// Offset returns the shift.
func (t *TimeShifter) Offset() time.Duration { return t.offset }

// Inverse returns a shifter that moves timestamps back by the offset: it restores what t
// shifted, for reveal.
func (t *TimeShifter) Inverse() *TimeShifter {
	return &TimeShifter{offset: -t.offset, inverse: !t.inverse}
}

func digits(b []byte, n int) (int, bool) {
	if len(b) < n {
		return 0, false
	}
	v := 0
	for _, c := range b[:n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// appendClock appends the time of day of tm, "hh:mm:ss".
func appendClock(dst []byte, tm time.Time) []byte {
	dst = appendPadded(dst, tm.Hour(), 2)
	dst = append(dst, ':')
	dst = appendPadded(dst, tm.Minute(), 2)
	dst = append(dst, ':')
	return appendPadded(dst, tm.Second(), 2)
}

// appendPadded appends v in decimal, zero-padded to width, without allocating.
func appendPadded(dst []byte, v, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// RFC3339At reads "YYYY-MM-DD[T ]hh:mm:ss" at the start of b and appends it shifted; the
// fraction and zone that follow stay as written. It returns the bytes read, or 0.
func (t *TimeShifter) RFC3339At(dst, b []byte) ([]byte, int) {
	if len(b) < 19 || b[4] != '-' || b[7] != '-' || (b[10] != 'T' && b[10] != ' ') || b[13] != ':' || b[16] != ':' {
		return dst, 0
	}
	y, ok1 := digits(b, 4)
	mo, ok2 := digits(b[5:], 2)
	d, ok3 := digits(b[8:], 2)
	h, ok4 := digits(b[11:], 2)
	mi, ok5 := digits(b[14:], 2)
	s, ok6 := digits(b[17:], 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 {
		return dst, 0
	}
	tm := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC).Add(t.offset)
	dst = appendPadded(dst, tm.Year(), 4)
	dst = append(dst, '-')
	dst = appendPadded(dst, int(tm.Month()), 2)
	dst = append(dst, '-')
	dst = appendPadded(dst, tm.Day(), 2)
	dst = append(dst, b[10])
	dst = appendClock(dst, tm)
	return dst, 19
}

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func monthAt(b []byte) int {
	if len(b) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if string(b[:3]) == m {
			return i + 1
		}
	}
	return 0
}

// syslogYear stands in for the year a syslog timestamp does not carry: a leap year, so
// that Feb 29 exists.
const syslogYear = 2000

// SyslogAt reads "Mmm dd hh:mm:ss" (the day padded with a blank or a zero) at the start
// of b and appends it shifted, padded alike; a day of two digits pads with a blank.
func (t *TimeShifter) SyslogAt(dst, b []byte) ([]byte, int) {
	mo := monthAt(b)
	if mo == 0 || len(b) < 15 || b[3] != ' ' {
		return dst, 0
	}
	var d int
	var ok bool
	blankPad := b[4] == ' '
	if blankPad {
		d, ok = digits(b[5:], 1)
	} else {
		d, ok = digits(b[4:], 2)
	}
	if !ok || b[6] != ' ' || b[9] != ':' || b[12] != ':' {
		return dst, 0
	}
	h, ok1 := digits(b[7:], 2)
	mi, ok2 := digits(b[10:], 2)
	s, ok3 := digits(b[13:], 2)
	if !(ok1 && ok2 && ok3) || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 {
		return dst, 0
	}
	tm := time.Date(syslogYear, time.Month(mo), d, h, mi, s, 0, time.UTC).Add(t.offset)
	if t.inverse {
		tm = t.syslogBack(time.Month(mo), d, h, mi, s, tm)
	}
	dst = append(dst, monthNames[tm.Month()-1]...)
	dst = append(dst, ' ')
	// A two-digit day says nothing of the padding: RFC 3164's blank, unless the input
	// shows a zero. Shifting back then restores the usual "Mar  5".
	if b[4] != '0' && tm.Day() < 10 {
		dst = append(dst, ' ')
		dst = strconv.AppendInt(dst, int64(tm.Day()), 10)
	} else {
		dst = appendPadded(dst, tm.Day(), 2)
	}
	dst = append(dst, ' ')
	dst = appendClock(dst, tm)
	return dst, 15
}

// syslogBack shifts back a year-less syslog time. Shifting took it from syslogYear into
// the year before or after; the year is found again as the one from which the shift back
// lands in syslogYear, so dates across a 29 February come back as they were. It returns
// fallback when no year does.
func (t *TimeShifter) syslogBack(mo time.Month, d, h, mi, s int, fallback time.Time) time.Time {
	for y := syslogYear - 1; y <= syslogYear+1; y++ {
		at := time.Date(y, mo, d, h, mi, s, 0, time.UTC)
		if at.Day() != d {
			continue // 29 February of a common year
		}
		if back := at.Add(t.offset); back.Year() == syslogYear {
			return back
		}
	}
	return fallback
}

// NCSAAt reads "dd/Mon/yyyy:hh:mm:ss" (an access log's time, after its '[') at the start
// of b and appends it shifted.
func (t *TimeShifter) NCSAAt(dst, b []byte) ([]byte, int) {
	if len(b) < 20 || b[2] != '/' || b[6] != '/' || b[11] != ':' || b[14] != ':' || b[17] != ':' {
		return dst, 0
	}
	d, ok1 := digits(b, 2)
	mo := monthAt(b[3:])
	y, ok2 := digits(b[7:], 4)
	h, ok3 := digits(b[12:], 2)
	mi, ok4 := digits(b[15:], 2)
	s, ok5 := digits(b[18:], 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5) || mo == 0 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 {
		return dst, 0
	}
	tm := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC).Add(t.offset)
	dst = appendPadded(dst, tm.Day(), 2)
	dst = append(dst, '/')
	dst = append(dst, monthNames[tm.Month()-1]...)
	dst = append(dst, '/')
	dst = appendPadded(dst, tm.Year(), 4)
	dst = append(dst, ':')
	dst = appendClock(dst, tm)
	return dst, 20
}

// WindowsAt reads "M/D/YYYY h:mm:ss AM" (Windows event text) at the start of b and
// appends it shifted, without padding as Windows writes it.
func (t *TimeShifter) WindowsAt(dst, b []byte) ([]byte, int) {
	i := 0
	num := func(max int) (int, bool) {
		start, v := i, 0
		for i < len(b) && i-start < max && b[i] >= '0' && b[i] <= '9' {
			v = v*10 + int(b[i]-'0')
			i++
		}
		return v, i > start
	}
	expect := func(c byte) bool {
		if i < len(b) && b[i] == c {
			i++
			return true
		}
		return false
	}
	mo, ok1 := num(2)
	ok1 = ok1 && expect('/')
	d, ok2 := num(2)
	ok2 = ok2 && expect('/')
	y, ok3 := num(4)
	ok3 = ok3 && expect(' ')
	h, ok4 := num(2)
	ok4 = ok4 && expect(':')
	mi, ok5 := num(2)
	ok5 = ok5 && expect(':')
	s, ok6 := num(2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || mi > 59 || s > 60 ||
		i+3 > len(b) || b[i] != ' ' || (b[i+1] != 'A' && b[i+1] != 'P') || b[i+2] != 'M' || h < 1 || h > 12 {
		return dst, 0
	}
	if b[i+1] == 'P' && h != 12 {
		h += 12
	} else if b[i+1] == 'A' && h == 12 {
		h = 0
	}
	tm := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC).Add(t.offset)
	dst = strconv.AppendInt(dst, int64(tm.Month()), 10)
	dst = append(dst, '/')
	dst = strconv.AppendInt(dst, int64(tm.Day()), 10)
	dst = append(dst, '/')
	dst = strconv.AppendInt(dst, int64(tm.Year()), 10)
	dst = append(dst, ' ')
	h12, ampm := tm.Hour()%12, "AM"
	if h12 == 0 {
		h12 = 12
	}
	if tm.Hour() >= 12 {
		ampm = "PM"
	}
	dst = strconv.AppendInt(dst, int64(h12), 10)
	dst = append(dst, ':')
	dst = appendPadded(dst, tm.Minute(), 2)
	dst = append(dst, ':')
	dst = appendPadded(dst, tm.Second(), 2)
	dst = append(dst, ' ')
	dst = append(dst, ampm...)
	return dst, i + 3
}

// EpochAt reads an epoch timestamp that is all of b: 10 digits of seconds, 13 of
// milliseconds, 16 of microseconds or 19 of nanoseconds, and appends it shifted.
func (t *TimeShifter) EpochAt(dst, b []byte) ([]byte, bool) {
	var unit time.Duration
	switch len(b) {
	case 10:
		unit = time.Second
	case 13:
		unit = time.Millisecond
	case 16:
		unit = time.Microsecond
	case 19:
		unit = time.Nanosecond
	default:
		return dst, false
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil || v <= 0 {
		return dst, false
	}
	shifted := v + int64(t.offset/unit)
	if shifted <= 0 {
		return dst, false
	}
	return appendPadded(dst, int(shifted), len(b)), true
}

// DateAt reads a date alone, "YYYY-MM-DD" (Fortinet date=), at the start of b and appends
// it shifted.
func (t *TimeShifter) DateAt(dst, b []byte) ([]byte, int) {
	if len(b) < 10 || b[4] != '-' || b[7] != '-' {
		return dst, 0
	}
	y, ok1 := digits(b, 4)
	mo, ok2 := digits(b[5:], 2)
	d, ok3 := digits(b[8:], 2)
	if !(ok1 && ok2 && ok3) || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return dst, 0
	}
	tm := time.Date(y, time.Month(mo), d, 12, 0, 0, 0, time.UTC).Add(t.offset)
	dst = appendPadded(dst, tm.Year(), 4)
	dst = append(dst, '-')
	dst = appendPadded(dst, int(tm.Month()), 2)
	dst = append(dst, '-')
	dst = appendPadded(dst, tm.Day(), 2)
	return dst, 10
}
