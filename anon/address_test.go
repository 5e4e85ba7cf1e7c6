package anon

import "testing"

func TestIsAddressText(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"10.1.2.3", true},
		{"[2001:db8::1]", true},
		{"fe80::1%eth0", true},
		{"2001:db8:0:0:0:0:0:1", true},
		{"::ffff:192.0.2.1", true},
		{"0:0:0:0:0:ffff:192.0.2.1", true},
		{"00:50:56:c0:00:08", false}, // a MAC
		{"14:02:11", false},          // a time
		{"1.2.3", false},
		{"1.2.3.4.5", false},
		{"cafe", false},
		{"jdoe", false},
		{"", false},
		{"%eth0", false},
	}
	for _, tt := range tests {
		if got := isAddressText([]byte(tt.in)); got != tt.want {
			t.Errorf("isAddressText(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got := testing.AllocsPerRun(10, func() { isAddressText([]byte(tt.in)) }); !tt.want && got != 0 {
			t.Errorf("isAddressText(%q) allocates %v times for a non-address", tt.in, got)
		}
	}
}
