package categories

import (
	"testing"
	"time"
)

// TestTimeShifterForms shifts each timestamp form by a fixed offset of 41 weeks and back:
// the result is what the calendar says, the length read is the timestamp's, and Inverse
// restores the input.
func TestTimeShifterForms(t *testing.T) {
	sh := &TimeShifter{offset: 41 * 7 * 24 * time.Hour}
	type shiftFunc func(*TimeShifter, []byte, []byte) ([]byte, int)
	epoch := func(t *TimeShifter, dst, b []byte) ([]byte, int) {
		d, ok := t.EpochAt(dst, b)
		if !ok {
			return d, 0
		}
		return d, len(b)
	}
	for _, tc := range []struct {
		name, in, want string
		n              int
		shift          shiftFunc
	}{
		{"rfc3339", "2024-03-05T10:11:12.123Z", "2024-12-17T10:11:12", 19, (*TimeShifter).RFC3339At},
		{"rfc3339 blank", "2024-03-05 10:11:12", "2024-12-17 10:11:12", 19, (*TimeShifter).RFC3339At},
		{"rfc3339 year end", "2024-12-20T23:59:59", "2025-10-03T23:59:59", 19, (*TimeShifter).RFC3339At},
		{"syslog blank day", "Mar  5 10:11:12 host", "Dec 17 10:11:12", 15, (*TimeShifter).SyslogAt},
		{"syslog to one digit", "Nov 22 10:11:12 host", "Sep  5 10:11:12", 15, (*TimeShifter).SyslogAt},
		{"syslog leap year", "Feb 29 23:00:00 host", "Dec 12 23:00:00", 15, (*TimeShifter).SyslogAt},
		{"ncsa", "05/Mar/2024:10:11:12 +0000]", "17/Dec/2024:10:11:12", 20, (*TimeShifter).NCSAAt},
		{"date", "2024-03-05", "2024-12-17", 10, (*TimeShifter).DateAt},
		{"epoch s", "1709633472", "1734430272", 10, epoch},
		{"epoch ms", "1709633472123", "1734430272123", 13, epoch},
		{"not a time", "2024-13-05T10:11:12", "", 0, (*TimeShifter).RFC3339At},
		{"not syslog", "Mar 5 10:11:12", "", 0, (*TimeShifter).SyslogAt},
		{"epoch of 11 digits", "17096334721", "", 0, epoch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n := tc.shift(sh, nil, []byte(tc.in))
			if string(got) != tc.want || n != tc.n {
				t.Fatalf("shift(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.n)
			}
			if n == 0 {
				return
			}
			back, m := tc.shift(sh.Inverse(), nil, append(got, tc.in[n:]...))
			if string(back) != tc.in[:n] || m != n {
				t.Fatalf("shift back(%q) = %q, %d; want %q", got, back, m, tc.in[:n])
			}
		})
	}
}

// TestTimeShifterOffset checks the keyed offset: whole weeks, 1 to 52 of them, and
// another key gives another offset.
func TestTimeShifterOffset(t *testing.T) {
	week := 7 * 24 * time.Hour
	a := NewTimeShifter(testNameKeyring(t, false)).Offset()
	b := NewTimeShifter(testNameKeyring(t, true)).Offset()
	for _, off := range []time.Duration{a, b} {
		if off%week != 0 || off == 0 || off > 52*week || off < -52*week {
			t.Errorf("offset %v: want whole weeks, 1 to 52, either way", off)
		}
	}
	if a == b {
		t.Errorf("two keys give the same offset %v", a)
	}
	if NewTimeShifter(testNameKeyring(t, false)).Inverse().Offset() != -a {
		t.Error("Inverse does not negate the offset")
	}
}
