package anon_test

import (
	"bytes"
	"encoding/hex"
	"net/netip"
	"regexp"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

const testKeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

func testKey() []byte {
	k, _ := hex.DecodeString(testKeyHex)
	return k
}

// the four categories these tests are about; later categories do not change their results.
var addressCategories = []string{"ipv4", "ipv6", "mac", "email"}

func newEngine(t testing.TB, key []byte) *anon.Engine {
	t.Helper()
	e, err := anon.New(anon.Config{Key: key, Only: addressCategories, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func rewrite(e *anon.Engine, line string) string {
	return string(e.RewriteLine(nil, []byte(line)))
}

// TestRawForms rewrites one line per form and checks what changed and what did not:
// gone must not survive, kept must survive as is, and the output must match want.
func TestRawForms(t *testing.T) {
	const (
		v4   = `[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}`
		b8   = `[0-9]{1,3}`
		hx   = `[0-9a-f]{1,4}`
		HX   = `[0-9A-F]{1,4}`
		mac  = `[0-9a-f]{2}(:[0-9a-f]{2}){5}`
		MAC  = `[0-9A-F]{2}(:[0-9A-F]{2}){5}`
		addr = `[a-z0-9.+_-]+@[a-z0-9.-]+`
	)
	tests := []struct {
		name string
		in   string
		gone []string
		kept []string
		want string // a regexp the whole output must match
	}{
		{"ipv4 alone", "from 203.0.113.45 port 22", []string{"203.0.113.45"}, []string{"from ", " port 22"}, `^from 203\.0\.113\.` + b8 + ` port 22$`},
		{"ipv4 port", "198.51.100.7:8080", []string{"198.51.100.7"}, []string{":8080"}, `^198\.51\.100\.` + b8 + `:8080$`},
		{"ipv4 SRC=", "SRC=10.1.2.3 DST=172.16.4.9", []string{"10.1.2.3", "172.16.4.9"}, nil, `^SRC=10\.` + b8 + `\.` + b8 + `\.` + b8 + ` DST=172\.(1[6-9]|2[0-9]|3[01])\.` + b8 + `\.` + b8 + `$`},
		{"ipv4 mapped", "::ffff:192.168.1.10", []string{"192.168.1.10"}, []string{"::ffff:192.168."}, `^::ffff:192\.168\.` + b8 + `\.` + b8 + `$`},
		{"ipv4 brackets quotes", `[81.2.69.142] "81.2.69.142" '81.2.69.142' (81.2.69.142) <81.2.69.142>`, []string{"81.2.69.142"}, nil, `^\[` + v4 + `\] "` + v4 + `" '` + v4 + `' \(` + v4 + `\) <` + v4 + `>$`},
		{"ipv4 list", "10.1.2.3,10.1.2.4;10.1.2.5|10.1.2.6", []string{"10.1.2.3", "10.1.2.4", "10.1.2.5", "10.1.2.6"}, nil, `^` + v4 + `,` + v4 + `;` + v4 + `\|` + v4 + `$`},
		{"ipv4 end of sentence", "blocked 10.1.2.3.", []string{"10.1.2.3"}, nil, `^blocked 10\.` + b8 + `\.` + b8 + `\.` + b8 + `\.$`},
		{"ipv4 url", "GET http://10.1.2.3:8080/a/10.1.2.4/b", []string{"10.1.2.3", "10.1.2.4"}, []string{"GET http://", ":8080/a/", "/b"}, ``},
		{"ipv4 key=value", "src=10.1.2.3 dst_ip=10.1.2.4 client:10.1.2.5", []string{"10.1.2.3", "10.1.2.4", "10.1.2.5"}, []string{"src=", " dst_ip=", " client:"}, ``},
		{"ipv4 user@host", "root@10.1.2.3", []string{"10.1.2.3"}, []string{"root@10."}, ``},
		{"ipv4 cidr", "net 10.1.2.0/24", []string{"10.1.2.0"}, []string{"/24"}, `^net 10\.` + b8 + `\.` + b8 + `\.` + b8 + `/24$`},
		{"ipv4 zero padded", "010.001.002.003", []string{"010.001.002.003"}, nil, `^010\.[0-9]{3}\.[0-9]{3}\.[0-9]{3}$`},
		{"ipv4 tab separated", "a\t10.1.2.3\tb", []string{"10.1.2.3"}, []string{"a\t10.", "\tb"}, ``},
		{"ipv4 kept", "127.0.0.1 127.8.9.10 0.0.0.0 255.255.255.255 224.0.0.251 239.255.255.250", nil, []string{"127.0.0.1 127.8.9.10 0.0.0.0 255.255.255.255 224.0.0.251 239.255.255.250"}, ``},
		{"ipv4 lookalikes", "Chrome/120.0.0.0 Firefox/115.0 OpenSSH_8.9p1 OID 1.3.6.1.4.1.311 v1.2.3.4.5 256.1.2.3 1.2.3.999 1.2.3 x1.2.3.4", nil, []string{"Chrome/120.0.0.0 Firefox/115.0 OpenSSH_8.9p1 OID 1.3.6.1.4.1.311 v1.2.3.4.5 256.1.2.3 1.2.3.999 1.2.3 x1.2.3.4"}, ``},
		{"ipv4 asa interface", "Deny tcp src outside:81.2.69.142/4455 dst inside:10.1.2.3/22", []string{"81.2.69.142", "10.1.2.3"}, []string{"src outside:", "/4455 dst inside:10.", "/22"}, ``},
		{"ipv6 compressed", "2001:db8:85a3::8a2e:370:7334", []string{"85a3", "8a2e:370:7334"}, nil, `^2001:db8:[0-9a-f:]+$`},
		{"ipv6 full keeps leading zeros", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", []string{"85a3", "8a2e"}, nil, `^2001:0db8(:[0-9a-f]{4}){6}$`},
		{"ipv6 zone", "fe80::1%eth0", nil, []string{"fe80::", "%eth0"}, `^fe80::` + hx + `(:` + hx + `)*%eth0$`},
		{"ipv6 brackets port", "[2a01:4f8:c17:1a2b::1]:443", []string{"2a01:4f8:c17:1a2b::1"}, []string{"]:443"}, `^\[[23][0-9a-f]{0,3}(:[0-9a-f]{0,4}){1,7}\]:443$`},
		{"ipv6 embedded ipv4", "64:ff9b::192.0.2.1", []string{"192.0.2.1"}, []string{"64:ff9b::192.0.2."}, `^64:ff9b::192\.0\.2\.` + b8 + `$`},
		{"ipv6 upper", "FE80::5054:FF:FE12:3456", []string{"5054:FF:FE12:3456"}, []string{"FE80::"}, `^FE80::` + HX + `(:` + HX + `)*$`},
		{"ipv6 ula", "fd12:3456:789a:1::1", []string{"fd12:3456:789a:1::1"}, nil, `^f[cd][0-9a-f]{0,2}:[0-9a-f:]+$`},
		{"ipv6 kept", "::1 :: ff02::1 ff02::1:2 ff05::fb", nil, []string{"::1 :: ff02::1 ff02::1:2 ff05::fb"}, ``},
		{"ipv6 not times", "at 12:30:45 and 2025-03-03T14:02:11.123Z, 01:02:03:04", nil, []string{"at 12:30:45 and 2025-03-03T14:02:11.123Z, 01:02:03:04"}, ``},
		{"mac colon upper", "00:1A:2B:3C:4D:5E", []string{"1A:2B:3C:4D:5E"}, nil, `^` + MAC + `$`},
		{"mac colon lower", "ether 3c:22:fb:91:0a:7e brd ff:ff:ff:ff:ff:ff", []string{"3c:22:fb:91:0a:7e"}, []string{"ether ", " brd ff:ff:ff:ff:ff:ff"}, `^ether ` + mac + ` brd ff:ff:ff:ff:ff:ff$`},
		{"mac dash", "00-1a-2b-3c-4d-5e", []string{"1a-2b-3c-4d-5e"}, nil, `^[0-9a-f]{2}(-[0-9a-f]{2}){5}$`},
		{"mac cisco", "001a.2b3c.4d5e", []string{"001a.2b3c.4d5e"}, nil, `^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$`},
		{"mac huawei", "StaMac=a45e-60d2-113c,", []string{"a45e-60d2-113c"}, nil, `^StaMac=[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4},$`},
		{"date is no mac", "2024-0312-1200", nil, nil, `^2024-0312-1200$`},
		{"mac iptables", "MAC=00:1a:2b:3c:4d:5e:52:54:00:12:34:56:08:00 SRC=", []string{"1a:2b:3c:4d:5e", "52:54:00:12:34:56"}, []string{"MAC=", ":08:00 SRC="}, `^MAC=` + mac + `:` + mac + `:08:00 SRC=$`},
		{"mac fingerprint", "43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8", nil, []string{"43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8"}, ``},
		{"mac multicast kept", "01:00:5e:00:00:fb", nil, []string{"01:00:5e:00:00:fb"}, ``},
		{"email", "from jane.roe@example.co.uk to bob@corp-example.com", []string{"jane", "roe", "bob", "example"}, []string{"from ", ".co.uk to ", ".com"}, `^from ` + addr + `\.co\.uk to ` + addr + `\.com$`},
		{"email brackets", "<jane@example.org>, mailto:jane@example.org", []string{"jane", "example"}, []string{"<", ".org>, mailto:", ".org"}, ``},
		{"email de", "max.mustermann@beispiel.de", []string{"max", "mustermann", "beispiel"}, nil, `^` + addr + `\.de$`},
		{"not email", "@handle foo@ a@b user@localhost", nil, []string{"@handle foo@ a@b user@localhost"}, ``},
		{"nothing", "Mar  3 14:02:11 bastion-01 sshd[4121]: session opened for user root", nil, []string{"Mar  3 14:02:11 bastion-01 sshd[4121]: session opened for user root"}, ``},
		{"empty", "", nil, nil, `^$`},
	}
	e := newEngine(t, testKey())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rewrite(e, tt.in)
			for _, g := range tt.gone {
				if strings.Contains(got, g) {
					t.Errorf("%q survived: %q -> %q", g, tt.in, got)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(got, k) {
					t.Errorf("%q was not kept: %q -> %q", k, tt.in, got)
				}
			}
			if tt.want != "" && !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("%q -> %q, does not match %s", tt.in, got, tt.want)
			}
			if tt.gone == nil && tt.want == "" && got != tt.in {
				t.Errorf("%q changed: %q", tt.in, got)
			}
		})
	}
}

// TestRawConsistency: one value maps the same everywhere in a line, in every form it
// takes (port, brackets, mapped IPv6, case), and two different values never collide.
func TestRawConsistency(t *testing.T) {
	e := newEngine(t, testKey())
	ip := rewrite(e, "10.1.2.3")
	for _, form := range []string{"x 10.1.2.3:80", "[10.1.2.3]", "SRC=10.1.2.3", "::ffff:10.1.2.3", `"10.1.2.3"`} {
		got := rewrite(e, form)
		if want := strings.Replace(form, "10.1.2.3", ip, 1); got != want {
			t.Errorf("%q -> %q, want %q", form, got, want)
		}
	}
	lower := rewrite(e, "2001:db8:85a3::8a2e:370:7334")
	if upper := rewrite(e, "2001:DB8:85A3::8A2E:370:7334"); upper != strings.ToUpper(lower) {
		t.Errorf("upper case IPv6 %q, lower %q: not the same address", upper, lower)
	}
	m := rewrite(e, "00:1a:2b:3c:4d:5e")
	for form, want := range map[string]string{
		"00:1A:2B:3C:4D:5E": strings.ToUpper(m),
		"00-1a-2b-3c-4d-5e": strings.ReplaceAll(m, ":", "-"),
		"001a.2b3c.4d5e":    strings.ReplaceAll(m, ":", "")[:4] + "." + strings.ReplaceAll(m, ":", "")[4:8] + "." + strings.ReplaceAll(m, ":", "")[8:],
		"001a-2b3c-4d5e":    strings.ReplaceAll(m, ":", "")[:4] + "-" + strings.ReplaceAll(m, ":", "")[4:8] + "-" + strings.ReplaceAll(m, ":", "")[8:], // Huawei, HP
	} {
		if got := rewrite(e, form); got != want {
			t.Errorf("%q -> %q, want %q (from %q)", form, got, want, m)
		}
	}
	// The same domain in two emails: the same pseudonymized domain.
	out := rewrite(e, "alice@corp-example.com bob@corp-example.com")
	a, b, _ := strings.Cut(out, " ")
	_, da, _ := strings.Cut(a, "@")
	_, db, _ := strings.Cut(b, "@")
	if da != db || da == "corp-example.com" {
		t.Errorf("domains %q and %q in %q", da, db, out)
	}
}

// TestIPv4ClassKept maps many addresses of each class and checks each lands in its class,
// and that no two addresses get the same pseudonym.
func TestIPv4ClassKept(t *testing.T) {
	e := newEngine(t, testKey())
	classes := []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
		"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"}
	special := append(append([]string{}, classes...), "0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4")
	inAny := func(a netip.Addr, list []string) bool {
		for _, c := range list {
			if netip.MustParsePrefix(c).Contains(a) {
				return true
			}
		}
		return false
	}
	check := func(in netip.Addr, class string) {
		got := rewrite(e, in.String())
		out, err := netip.ParseAddr(got)
		if err != nil {
			t.Fatalf("%s -> %q: not an address", in, got)
		}
		if class != "" && !netip.MustParsePrefix(class).Contains(out) {
			t.Errorf("%s -> %s: left %s", in, out, class)
		}
		if class == "" && inAny(out, special) {
			t.Errorf("public %s -> %s: not public", in, out)
		}
	}
	for _, c := range classes {
		p := netip.MustParsePrefix(c)
		seen := map[string]string{}
		a := p.Addr()
		for i := 0; i < 512 && p.Contains(a); i++ {
			check(a, c)
			got := rewrite(e, a.String())
			if prev, dup := seen[got]; dup {
				t.Errorf("%s and %s both -> %s", prev, a, got)
			}
			seen[got] = a.String()
			a = a.Next()
		}
	}
	for _, s := range []string{"1.1.1.1", "8.8.8.8", "81.2.69.142", "93.184.216.34", "185.220.101.34", "223.5.5.254", "11.0.0.1", "172.32.0.1", "192.169.0.1", "100.128.0.1", "169.255.0.1"} {
		check(netip.MustParseAddr(s), "")
	}
	for _, s := range []string{"127.0.0.1", "127.1.2.3", "0.0.0.0", "255.255.255.255", "224.0.0.1", "239.1.2.3"} {
		if got := rewrite(e, s); got != s {
			t.Errorf("%s -> %s, want it kept", s, got)
		}
	}
}

// TestIPv6ClassKept: link-local keeps fe80::/64, unique-local stays in fc00::/7, global in
// 2000::/3, documentation in 2001:db8::/32.
func TestIPv6ClassKept(t *testing.T) {
	e := newEngine(t, testKey())
	cases := []struct{ in, class string }{
		{"fe80::1", "fe80::/64"}, {"fe80::5054:ff:fe12:3456", "fe80::/64"}, {"fe80::abcd:1", "fe80::/64"},
		{"fd12:3456:789a:1::1", "fc00::/7"}, {"fc00::5", "fc00::/7"}, {"fdff:ffff::1", "fc00::/7"},
		{"2a01:4f8:c17:1a2b::1", "2000::/3"}, {"2a00:1450:4007:80c::200e", "2000::/3"}, {"3fff::1", "2000::/3"},
		{"2001:db8::1", "2001:db8::/32"}, {"2001:db8:85a3::8a2e:370:7334", "2001:db8::/32"},
	}
	seen := map[string]string{}
	for _, c := range cases {
		got := rewrite(e, c.in)
		out, err := netip.ParseAddr(got)
		if err != nil {
			t.Errorf("%s -> %q: not an address", c.in, got)
			continue
		}
		if !netip.MustParsePrefix(c.class).Contains(out) {
			t.Errorf("%s -> %s: left %s", c.in, got, c.class)
		}
		if out == netip.MustParseAddr(c.in) {
			t.Errorf("%s unchanged", c.in)
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("%s and %s both -> %s", prev, c.in, got)
		}
		seen[got] = c.in
	}
}

// TestMACBitsKept: the multicast and locally-administered bits of the first octet stay.
func TestMACBitsKept(t *testing.T) {
	e := newEngine(t, testKey())
	for _, first := range []string{"00", "02", "04", "0a", "3c", "52", "fe", "de", "aa"} {
		in := first + ":1a:2b:3c:4d:5e"
		got := rewrite(e, in)
		a, _ := hex.DecodeString(first)
		b, err := hex.DecodeString(got[:2])
		if err != nil || len(got) != len(in) {
			t.Fatalf("%s -> %q", in, got)
		}
		if a[0]&3 != b[0]&3 {
			t.Errorf("%s -> %s: multicast/local bits %02b -> %02b", in, got, a[0]&3, b[0]&3)
		}
		if got == in {
			t.Errorf("%s unchanged", in)
		}
	}
	// --keep-oui
	k, err := anon.New(anon.Config{Key: testKey(), Only: addressCategories, KeepOUI: true})
	if err != nil {
		t.Fatal(err)
	}
	got := string(k.RewriteLine(nil, []byte("00:1a:2b:3c:4d:5e")))
	if !strings.HasPrefix(got, "00:1a:2b:") || got == "00:1a:2b:3c:4d:5e" {
		t.Errorf("keep OUI: %s", got)
	}
}

// TestRawKeepsBytes: bytes that are not part of a value are copied exactly, including NUL,
// invalid UTF-8 and control characters.
func TestRawKeepsBytes(t *testing.T) {
	e := newEngine(t, testKey())
	in := []byte("\x00\xff\xfe 10.1.2.3 \xc3\x28\t\x1b[31m 10.1.2.3\x00")
	got := e.RewriteLine(nil, in)
	ip := rewrite(e, "10.1.2.3")
	want := bytes.ReplaceAll(in, []byte("10.1.2.3"), []byte(ip))
	if !bytes.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// dst is appended to, not overwritten.
	got = e.RewriteLine([]byte("prefix:"), []byte("10.1.2.3"))
	if string(got) != "prefix:"+ip {
		t.Errorf("append: %q", got)
	}
}

// TestRegressions holds inputs whose output was once wrong (leaks found by the fuzz
// targets and by review), each with what is expected.
func TestRegressions(t *testing.T) {
	e := newEngine(t, testKey())
	tests := []struct {
		name, in string
		gone     []string
		want     string
	}{
		// An address whose parts all have three digits is not zero-padded: the output must
		// not gain leading zeros (read as octal by some parsers).
		{"ipv4 three-digit parts", "172.217.169.174 192.168.100.200", []string{"172.217.169.174", "192.168.100.200"}, `^[1-9][0-9]{0,2}(\.(0|[1-9][0-9]{0,2})){3} 192\.168\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$`},
		// Both ends of an address range.
		{"ipv4 range", "range 10.0.0.1-10.0.0.254", []string{"10.0.0.1-", "-10.0.0.254"}, `^range 10\.[0-9.]+-10\.[0-9.]+$`},
		// A MAC followed by a colon, as in "Client 00:1a:2b:3c:4d:5e: disconnected".
		{"mac before colon", "Client 00:1a:2b:3c:4d:5e: disconnected", []string{"00:1a:2b:3c:4d:5e"}, `^Client [0-9a-f]{2}(:[0-9a-f]{2}){5}: disconnected$`},
		// IPv4-translated (::ffff:0:0/96) keeps its prefix and maps the IPv4 part.
		{"ipv6 translated", "::ffff:0:10.1.2.3", []string{"10.1.2.3"}, `^::ffff:0:10\.[0-9]+\.[0-9]+\.[0-9]+$`},
		// Where the input compressed zeros the output compresses too (issue 2, point 6).
		{"ipv6 compression kept", "2001:db8::1", nil, `::`},
		// An address after a word of hex digits and a ':' (the word is skipped as the
		// start of an IPv6 or MAC lookalike, and the address with it), or after a ':'
		// that starts the word.
		{"ipv4 after hex word and colon", "session 4500:10.1.2.3 job=12:10.1.2.4 face:10.1.2.5", []string{"10.1.2.3", "10.1.2.4", "10.1.2.5"}, `^session 4500:10\.[0-9.]+ job=12:10\.[0-9.]+ face:10\.[0-9.]+$`},
		{"ipv4 after leading colon", "from :10.1.2.3 Host::10.1.2.4", []string{"10.1.2.3", "10.1.2.4"}, `^from :10\.[0-9.]+ Host::10\.[0-9.]+$`},
		{"email after hex word and colon", "x :jane@example.com cafe:bob@example.com", []string{"jane", "bob"}, `^x :[a-z0-9.]+@[a-z]+\.com cafe:[a-z0-9.]+@[a-z]+\.com$`},
		{"ipv6 before full stop", "from 2a01:4f8::1. end", []string{"2a01:4f8::1"}, `^from [23][0-9a-f:]+\. end$`},
		{"email before full stop", "mail to jane@example.org. end", []string{"jane", "example"}, `^mail to [a-z0-9.]+@[a-z0-9-]+\.org\. end$`},
		// An address after an identifier joined by '_' or '-'.
		{"ipv4 after underscore", "capture_10.1.2.3.pcap", []string{"10.1.2.3"}, `^capture_10\.[0-9]+\.[0-9]+\.[0-9]+\.pcap$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rewrite(e, tt.in)
			for _, g := range tt.gone {
				if strings.Contains(got, g) {
					t.Errorf("%q survived: %q -> %q", g, tt.in, got)
				}
			}
			if !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("%q -> %q, does not match %s", tt.in, got, tt.want)
			}
		})
	}
}
