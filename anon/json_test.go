package anon_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/siemanon/siemanon/anon"
)

// jsonShape splits JSON text into its skeleton (everything outside string literals, plus
// the object keys) and its string values, so two texts can be compared outside values.
func jsonShape(s string) (skeleton string, values []string) {
	var sk strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '"' {
			sk.WriteByte(s[i])
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		j++ // closing quote
		lit := s[i:min(j, len(s))]
		k := j
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || s[k] == '\n') {
			k++
		}
		if k < len(s) && s[k] == ':' {
			sk.WriteString(lit) // a key: part of the skeleton
		} else {
			sk.WriteString(`"_"`)
			values = append(values, lit)
		}
		i = j
	}
	return sk.String(), values
}

// keyPaths lists every key path of a JSON value in document order.
func keyPaths(v gjson.Result, prefix string, out []string) []string {
	v.ForEach(func(k, val gjson.Result) bool {
		p := prefix + "/" + k.String()
		if k.Type == gjson.Null { // array element
			p = prefix + "/[]"
		}
		out = append(out, p)
		if val.IsObject() || val.IsArray() {
			out = keyPaths(val, p, out)
		}
		return true
	})
	return out
}

// checkJSONShape fails unless out is valid JSON with in's keys in in's order, and out
// differs from in only inside string values.
func checkJSONShape(t testing.TB, in, out string) {
	t.Helper()
	if !gjson.Valid(out) {
		t.Fatalf("output is not valid JSON:\n in: %s\nout: %s", in, out)
	}
	skIn, _ := jsonShape(in)
	skOut, _ := jsonShape(out)
	if skIn != skOut {
		t.Errorf("bytes outside string values changed:\n in: %s\nout: %s", skIn, skOut)
	}
	pin := keyPaths(gjson.Parse(in), "", nil)
	pout := keyPaths(gjson.Parse(out), "", nil)
	if strings.Join(pin, ",") != strings.Join(pout, ",") {
		t.Errorf("key paths changed:\n in: %v\nout: %v", pin, pout)
	}
}

func TestJSONOnlyValuesChange(t *testing.T) {
	e := newEngine(t, testKey())
	tests := []struct {
		name    string
		in      string
		gone    []string          // must not survive
		same    []string          // string values (raw, with quotes) that must be byte-identical
		wantRaw map[string]string // gjson path -> regexp the raw value must match
	}{
		{
			name: "ecs nested",
			in:   `{"@timestamp":"2025-03-03T14:06:12.345Z","source":{"ip":"81.2.69.142","port":52514,"mac":"00-1B-63-84-45-E6"},"destination":{"ip":"10.0.5.12"},"user":{"name":"jdoe","email":"john.doe@corp-example.com"},"related":{"ip":["81.2.69.142","10.0.5.12"]},"n":1.50e3,"b":false,"z":null}`,
			gone: []string{"81.2.69.142", "10.0.5.12", "1B-63-84-45-E6", "john.doe", "corp-example"},
			same: []string{`"2025-03-03T14:06:12.345Z"`},
			wantRaw: map[string]string{
				"source.ip": `^"[0-9.]+"$`, "destination.ip": `^"10\.[0-9.]+"$`, "source.mac": `^"[0-9A-F]{2}(-[0-9A-F]{2}){5}"$`,
				"user.email": `^"[a-z0-9.]+@[a-z0-9-]+\.com"$`, "source.port": `^52514$`, "n": `^1\.50e3$`,
			},
		},
		{
			name: "ecs dotted with spacing",
			in:   "{ \"source.ip\" : \"81.2.69.142\" ,\t\"destination.ip\":\"2001:db8::1\", \"source.nat.ip\": \"10.1.2.3\", \"host.mac\": [\"00:1a:2b:3c:4d:5e\"] }",
			gone: []string{"81.2.69.142", "2001:db8::1\"", "10.1.2.3", "1a:2b:3c"},
			wantRaw: map[string]string{
				`source\.ip`: `^"[0-9.]+"$`, `destination\.ip`: `^"2001:db8:[0-9a-f:]+"$`, `source\.nat\.ip`: `^"10\.[0-9.]+"$`,
			},
		},
		{
			name:    "escapes kept elsewhere",
			in:      `{"url":"http:\/\/intranet.example.com\/x","name":"Ren\u00e9 \"the\" admin","message":"login from 81.2.69.142 \u2014 ok\n","tab":"a\tb"}`,
			gone:    []string{"81.2.69.142"},
			same:    []string{`"http:\/\/intranet.example.com\/x"`, `"Ren\u00e9 \"the\" admin"`, `"a\tb"`},
			wantRaw: map[string]string{"message": `^"login from [0-9.]+ \\u2014 ok\\n"$`},
		},
		{
			name:    "escaped path",
			in:      `{"path":"C:\\Users\\jdoe\\10.0.5.12\\log.txt","share":"\\\\10.0.5.12\\c$"}`,
			gone:    []string{"10.0.5.12"},
			wantRaw: map[string]string{"path": `^"C:\\\\Users\\\\jdoe\\\\10\.[0-9.]+\\\\log\.txt"$`, "share": `^"\\\\\\\\10\.[0-9.]+\\\\c\$"$`},
		},
		{
			name:    "escaped address",
			in:      `{"source":{"ip":"\u0031\u0030.0.5.12"},"message":"\u0031\u0030.0.5.12 and 10\u002e0.5.12"}`,
			gone:    []string{`\u0031\u0030.0.5.12`, "10.0.5.12", `10\u002e0.5.12`},
			wantRaw: map[string]string{"source.ip": `^"10\.[0-9.]+"$`},
		},
		{
			name: "array of events",
			in:   `[{"source":{"ip":"81.2.69.142"}},{"client.ip":"10.0.5.12","message":"x"}]`,
			gone: []string{"81.2.69.142", "10.0.5.12"},
			same: []string{`"x"`},
		},
		{
			name: "nothing to do",
			in:   `{"a":"b","c":[1,2,{"d":"e"}],"f":"1.2.3.4.5","g":"Chrome/120.0.0.0","h":"127.0.0.1"}`,
			same: []string{`"b"`, `"e"`, `"1.2.3.4.5"`, `"Chrome/120.0.0.0"`, `"127.0.0.1"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := rewrite(e, tt.in)
			checkJSONShape(t, tt.in, out)
			for _, g := range tt.gone {
				if strings.Contains(out, g) {
					t.Errorf("%q survived: %s", g, out)
				}
			}
			_, outValues := jsonShape(out)
			for _, s := range tt.same {
				found := false
				for _, v := range outValues {
					found = found || v == s
				}
				if !found {
					t.Errorf("value %s was not kept byte for byte: %s", s, out)
				}
			}
			for path, re := range tt.wantRaw {
				raw := gjson.Get(out, path).Raw
				if !regexp.MustCompile(re).MatchString(raw) {
					t.Errorf("%s = %s, does not match %s", path, raw, re)
				}
			}
			if tt.gone == nil && out != tt.in {
				t.Errorf("changed:\n in: %s\nout: %s", tt.in, out)
			}
		})
	}
}

// The same value maps the same in a JSON field, in a JSON message and in raw text.
func TestJSONAndRawAgree(t *testing.T) {
	e := newEngine(t, testKey())
	ip := rewrite(e, "81.2.69.142")
	em := rewrite(e, "john.doe@corp-example.com")
	out := rewrite(e, `{"source":{"ip":"81.2.69.142"},"user":{"email":"john.doe@corp-example.com"},"message":"john.doe@corp-example.com from 81.2.69.142"}`)
	want := `{"source":{"ip":"` + ip + `"},"user":{"email":"` + em + `"},"message":"` + em + ` from ` + ip + `"}`
	if out != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}

func TestJSONShapeHelper(t *testing.T) {
	// The helper itself must see a change outside values.
	a, _ := jsonShape(`{"a": "1", "b":2}`)
	b, _ := jsonShape(`{"a":"1","b":2}`)
	c, _ := jsonShape(`{"a": "9", "b":2}`)
	if a == b || a != c {
		t.Fatalf("jsonShape: %q %q %q", a, b, c)
	}
}

// TestRecordsInStrings rewrites JSON logged as strings of JSON, one to three levels deep:
// the output and every record decoded from its strings stay valid JSON with the same key
// paths, and no value of the innermost record survives at any level.
func TestRecordsInStrings(t *testing.T) {
	e, err := anon.New(anon.Config{Key: testKey(), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	wrap := func(key, inner string) string {
		b, _ := json.Marshal(map[string]string{key: inner})
		return string(b)
	}
	record := `{"user":"quincy","source":{"ip":"10.9.8.7"},"password":"Hunter2!x","msg":"login by quincy"}`
	for depth, line := 1, wrap("log", record); depth <= 3; depth, line = depth+1, wrap("message", line) {
		out := string(e.RewriteLine(nil, []byte(line)))
		for _, secret := range []string{"quincy", "10.9.8.7", "Hunter2!x"} {
			if strings.Contains(out, secret) {
				t.Errorf("depth %d: %q survived: %s", depth, secret, out)
			}
		}
		// Decode level by level and compare shapes with the input's.
		in, o := line, out
		for level := 0; level < depth; level++ {
			if !gjson.Valid(o) {
				t.Fatalf("depth %d, level %d: not valid JSON: %s", depth, level, o)
			}
			if a, b := strings.Join(keyPaths(gjson.Parse(in), "", nil), ","), strings.Join(keyPaths(gjson.Parse(o), "", nil), ","); a != b {
				t.Fatalf("depth %d, level %d: key paths %s, want %s", depth, level, b, a)
			}
			key := "message"
			if level == depth-1 {
				key = "log"
			}
			in, o = gjson.Get(in, key).String(), gjson.Get(o, key).String()
		}
		if !gjson.Valid(o) || strings.Join(keyPaths(gjson.Parse(o), "", nil), ",") != strings.Join(keyPaths(gjson.Parse(record), "", nil), ",") {
			t.Errorf("depth %d: the innermost record lost its shape: %s", depth, o)
		}
	}
}
