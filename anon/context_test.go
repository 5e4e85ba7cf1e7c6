package anon

import "testing"

// TestSyslogHost checks which word after a leading timestamp is taken for the host: every
// word after an RFC 3164 or RFC 5424 timestamp but a log level, and after a bare ISO
// timestamp only a host-shaped word or one followed by a program tag.
func TestSyslogHost(t *testing.T) {
	for _, tc := range []struct {
		line string
		host string // "" for none
	}{
		{"Mar  5 10:11:12 gateway su: x", "gateway"},
		{"Mar  5 10:11:12 gateway message without a tag", "gateway"},
		{"<34>1 2024-03-05T10:11:12Z web app - - - hi", "web"},
		{"<34>1 2024-03-05T10:11:12Z - app - - - hi", ""},
		{"2024-03-05T10:11:12.123+01:00 web-01 sshd[12]: ok", "web-01"},
		{"2024-03-05T10:11:12Z gateway kernel: x", "gateway"},
		{"2024-03-05T10:11:12Z gateway CRON[99]: x", "gateway"},
		{"2024-03-05 10:11:12 fw1 connection closed", "fw1"},
		{"2024-03-05 10:11:12 h.example.com text", "h.example.com"},
		{"2024-03-05 10:11:12 by alice from 10.1.2.3", ""},
		{"2024-03-05 10:11:12 INFO login ok", ""},
		{"2024-03-05T10:11:12Z warn: low disk", ""},
		{"Mar  5 10:11:12 ERROR something", ""},
		{"2024-03-05 10:11:12 sshd[12]: ok", ""},
		{"Mar  5 10:11:12 2001:db8::7 kernel: x", "2001:db8::7"},
		{"May 10 00:00:00 00:1a:2b:3c:4d:5e dhcpd: x", "00:1a:2b:3c:4d:5e"},
		{"May 0 00:00:00 !1::1", ""},
		{"not a syslog line", ""},
	} {
		start, end, ok := syslogHost([]byte(tc.line))
		got := ""
		if ok {
			got = tc.line[start:end]
		}
		if got != tc.host {
			t.Errorf("syslogHost(%q) = %q, want %q", tc.line, got, tc.host)
		}
	}
}
