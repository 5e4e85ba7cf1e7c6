package anon_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

// workersInput builds a few megabytes of mixed lines, several batches long, in which
// names are learned on one line and stand in free text, paths and JSON on later ones, so
// that learning crosses the chunks and batches the workers split the input into.
func workersInput() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	users := []string{"jdoe", "mgarcia", "ktran", "pnichols", "svc_backup", "a.berger", "lbauer", "françois.lefèvre"}
	hosts := []string{"WKS-042", "srv-db-01", "lt-549", "fs01.corp.example.com"}
	var b bytes.Buffer
	for b.Len() < 3<<20 {
		u, h := users[r.IntN(len(users))], hosts[r.IntN(len(hosts))]
		ip := fmt.Sprintf("10.%d.%d.%d", r.IntN(4), r.IntN(256), r.IntN(256))
		switch r.IntN(10) {
		case 9:
			// A learned name right after a JSON escape in a record's raw bytes (\tjdoe),
			// which the scan reads decoded.
			fmt.Fprintf(&b, `{"msg":"seen:\t%s\r\nok"}`+"\n", u)
		case 7:
			// A learned name as a hidden folder, which the scan finds without its dot.
			fmt.Fprintf(&b, "puppet-agent: (/Stage[main]/Profile::Users/File[/home/x/.%s/config]/ensure) defined\n", u)
		case 8:
			// auditd's proctitle in hex, longer than a learned value can be: the names
			// it decodes to send it to be redone like any other line.
			cmd := fmt.Sprintf("sudo -u %s /usr/bin/rsync --archive --verbose /srv/data/projects/alpha/ /mnt/backup/projects/alpha/ --exclude=.cache", u)
			fmt.Fprintf(&b, "type=PROCTITLE msg=audit(1709474800.%03d:%d): proctitle=%X\n", r.IntN(1000), r.IntN(99999), cmd)
		case 6:
			if r.IntN(3) == 0 {
				// A given name learned on its own, then a person with a login before the
				// name in brackets, then the login learned: a line redone for the given
				// name must not keep what its first pass learned (the login) without it.
				given := []string{"Amara", "Chidi", "Ngozi", "Tariq", "Leila", "Oskar", "Ingrid", "Matteo", "Zofia", "Emre", "Aino", "Sven"}
				name, id := given[r.IntN(len(given))], fmt.Sprintf("N%08d", r.IntN(100000000))
				switch r.IntN(4) {
				case 0:
					fmt.Fprintf(&b, `{"given_name":"%s","status":"active"}`+"\n", name)
				case 3:
					// A baggage message's passenger, the given name with its title glued on:
					// the line holds the learned name without the title.
					fmt.Fprintf(&b, "TX BSM .V/1LVIE .F/OS129/15OCT/AMS/Y .P/2ROOSENDAAL/KEESMR/%sMRS .L/3LVW7A ENDBSM\n", strings.ToUpper(name))
				default:
					fmt.Fprintf(&b, "refund account added for %s (%s Nwosu) priority 1\n", id, name)
					fmt.Fprintf(&b, "SSB login succeeded for %s from %s\n", id, ip)
					// A later line redone for the given name (in a mail address) holds the
					// login too: the login line, which its first pass found the login known
					// on, must learn it again.
					fmt.Fprintf(&b, "PIN reset for %s: link sent to %s.nwosu@example.org\n", id, strings.ToLower(name))
				}
				break
			}
			if r.IntN(2) == 0 {
				// A learned name written with percent escapes or character references,
				// which the scan reads decoded (fran%C3%A7ois, fran&#231;ois).
				escaped := url.QueryEscape(u)
				if r.IntN(2) == 0 {
					escaped = strings.ReplaceAll(strings.ReplaceAll(u, "ç", "&#231;"), "è", "&egrave;")
				}
				fmt.Fprintf(&b, "search for name=%s returned 3 rows\n", escaped)
				break
			}
			// A path whose component is a user only once the user is learned.
			fmt.Fprintf(&b, "backup /srv/backup/%s/db.tar written\n", u)
		case 0:
			fmt.Fprintf(&b, "Mar  3 14:02:%02d %s sshd[%d]: Accepted password for %s from %s port %d ssh2\n", r.IntN(60), h, r.IntN(9999), u, ip, r.IntN(65535))
		case 1:
			fmt.Fprintf(&b, "%s opened C:\\Users\\%s\\Documents\\report.xlsx on %s\n", u, u, h)
		case 2:
			fmt.Fprintf(&b, `{"@timestamp":"2025-03-03T14:06:12Z","user":{"name":"%s"},"source":{"ip":"%s"},"message":"login by %s on %s"}`+"\n", u, ip, u, h)
		case 3:
			fmt.Fprintf(&b, "CEF:0|Acme|DLP|1|100|copy|5|suser=%s shost=%s src=%s filePath=C:\\\\Users\\\\%s\\\\x.docx msg=%s copied\n", u, h, ip, u, u)
		case 4:
			if r.IntN(2) == 0 {
				// A record logged in a string of a record, learned from inside.
				fmt.Fprintf(&b, `{"log":"{\"user\":\"%s\",\"ip\":\"%s\",\"msg\":\"on %s\"}\n"}`+"\n", u, ip, h)
				break
			}
			fmt.Fprintf(&b, "free text mentions %s and %s twice: %s\n", u, h, u)
		case 5:
			switch family := []string{"LE GOFF", "DA SILVA", "NOWAK"}[r.IntN(3)]; r.IntN(6) {
			case 4:
				// A given name learned from a guest profile, then the first word of a ZPL
				// label's field, glued to its command: the scan reads it on its own.
				fmt.Fprintf(&b, "<Profile><nameFirst>%s</nameFirst><nameSur>Dijkstra</nameSur></Profile>\n", []string{"Willem", "Anneke", "Joost"}[r.IntN(3)])
			case 5:
				fmt.Fprintf(&b, "labeld: job %d ^FD%s Hoekstra^FS ^FD1016 HN Amsterdam^FS ^XZ\n", r.IntN(1000), []string{"Willem", "Anneke", "Joost"}[r.IntN(3)])
			case 0:
				// A family name learned with a first word shorter than a token is read in,
				// then found in prose: a later line holding it is redone like any other.
				fmt.Fprintf(&b, `userinfo {"given_name":"Yannick","family_name":"%s","birthdate":"1976-05-30"}`+"\n", family)
			case 1:
				if r.IntN(2) == 0 {
					// A national insurance number, learned at its key, then in prose: none
					// of its words is a token a line is read in, so a line is searched
					// for it whole.
					nino := []string{"QQ 12 34 56 C", "AB 80 15 02 D"}[r.IntN(2)]
					if r.IntN(2) == 0 {
						fmt.Fprintf(&b, "HR case note: NI number %s. Thanks\n", nino)
					} else {
						fmt.Fprintf(&b, "payroll export held, see %s in the note\n", nino)
					}
					break
				}
				fmt.Fprintf(&b, "warn multiple candidates (2) for %s 1976-05-30; disambiguated\n", family)
			case 2:
				// A learned login as a part of a session recording's name.
				fmt.Fprintf(&b, "Recording started. Local file: [D:\\PSM\\Recordings\\%s.%s.20241123-075907.avi]\n", u, h)
			default:
				fmt.Fprintf(&b, `{"recording_path":"/var/log/sft/sessions/ssh~20241123T104509.402~prod~%s~%s~.asa"}`+"\n", h, u)
			}
		default:
			if r.IntN(2) == 0 {
				// A learned name after a percent escape in a URL carried in a query, which
				// the scan reads decoded (%2Fjdoe).
				fmt.Fprintf(&b, "%s - - [03/Mar/2025:14:04:41 +0100] \"GET /redirect?url=https%%3A%%2F%%2Fgitlab.com%%2F%s HTTP/1.1\" 200 512\n", ip, u)
				break
			}
			fmt.Fprintf(&b, "%s - %s [03/Mar/2025:14:04:41 +0100] \"GET /home/%s HTTP/1.1\" 200 512\n", ip, u, u)
		}
	}
	return b.Bytes()
}

// columnsInput is an IIS log with a fields header, several batches long, whose user
// column teaches names that the mixed input after it uses.
func columnsInput() []byte {
	r := rand.New(rand.NewPCG(3, 4))
	users := []string{"jdoe", "mgarcia", "hwolf", "okane"}
	var b bytes.Buffer
	b.WriteString("#Software: Microsoft Internet Information Services 10.0\n")
	b.WriteString("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip sc-status\n")
	for b.Len() < 2<<20 {
		fmt.Fprintf(&b, "2025-03-03 14:%02d:%02d 10.0.0.80 GET /owa/ q=%d 443 %s 203.0.113.%d 200\n",
			r.IntN(60), r.IntN(60), r.IntN(1000), users[r.IntN(len(users))], r.IntN(256))
	}
	// Then a CSV export, whose header takes over from the W3C one in the same input.
	b.WriteString("_time,user,src_ip,message\n")
	for b.Len() < 3<<20 {
		u := users[r.IntN(len(users))]
		fmt.Fprintf(&b, "2025-03-03T14:%02d:%02dZ,%s%d,198.51.100.%d,\"login by %s%d, ok\"\n",
			r.IntN(60), r.IntN(60), u, r.IntN(50), r.IntN(256), u, r.IntN(50))
	}
	return b.Bytes()
}

// TestWorkersSameBytes checks that the output does not depend on the number of workers.
func TestWorkersSameBytes(t *testing.T) {
	input, columns := workersInput(), columnsInput()
	var want []byte
	for _, workers := range []int{1, 2, 3, 8} {
		e, err := anon.New(anon.Config{Key: testKey(), Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		err = e.Run(&out, []anon.Input{{Name: "iis", Open: func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(columns)), nil
		}}, {Name: "in", Open: func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(input)), nil
		}}})
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = out.Bytes()
			continue
		}
		if !bytes.Equal(out.Bytes(), want) {
			a, b := bytes.Split(want, []byte("\n")), bytes.Split(out.Bytes(), []byte("\n"))
			for i := range min(len(a), len(b)) {
				if !bytes.Equal(a[i], b[i]) {
					t.Fatalf("workers=%d differs from workers=1 at line %d:\n 1: %s\n%d: %s", workers, i+1, a[i], workers, b[i])
				}
			}
			t.Fatalf("workers=%d: %d lines, workers=1: %d", workers, len(b), len(a))
		}
	}
}

// TestWorkersSameBytesMemo: a value whose rewrite reads what was learned (a note in
// brackets after a login, "aboateng.cra (Ama Boateng)", scanned as text) is not replayed
// from the memo on a redone line. BOATENG is learned in the first chunk from a user
// column ("BOATENG, KOFI"); the second chunk's first pass does not know it, its redo does.
func TestWorkersSameBytesMemo(t *testing.T) {
	input := []byte("ACCESS_INSTANT,USER_ID,USER_NAME,WORKSTATION_ID,IP_ADDRESS,PAT_MRN_ID,PAT_NAME,BIRTH_DATE,METRIC_ID,METRIC_NAME,ACCESS_ACTION,PAT_ENC_CSN_ID,LOGIN_DEPARTMENT\n" +
		"2024-03-11 11:28:02,KBOATENG,\"BOATENG, KOFI\",CTXVDA-114,172.20.14.114,E0652290,\"RAGHUNATHAN, PRIYA\",08/21/1990,17350,Demographics Edited,MODIFY,1204612903,KVH MATERNITY\n" +
		"\"Study\",\"Site\",\"Subject\",\"Folder\",\"Form\",\"Field\",\"Audit Action\",\"Audit Time (GMT)\",\"User\",\"Reason\"\n" +
		"\"ONC-4471(Prod)\",\"104 - Universit\u00e4tsklinikum Heidelberg\",\"104-0023\",\"C1D1\",\"VS\",\"SYSBP\",\"Query opened: 'Value changed significantly, please confirm against source'\",\"03 Sep 2024 11:30:05\",\"aboateng.cra (Ama Boateng)\",\"\"\n")
	want := runWorkers(t, input, 1)
	for _, workers := range []int{2, 3} {
		if got := runWorkers(t, input, workers); got != want {
			t.Fatalf("workers=%d:\n%s\nworkers=1:\n%s", workers, got, want)
		}
	}
}

// TestWorkersRedoCascade: with a line a chunk, the third line's first pass learns the
// login in brackets, which its redo, knowing the given name the first line learned, does
// not (the name's scan no longer reaches the brackets). The fifth line must not be
// rewritten by what the third no longer learns: chunks are settled in order.
func TestWorkersRedoCascade(t *testing.T) {
	input := []byte(`customer_name=Anna de amsterdam
filler one
2025-02-10 08:03:16 INFO sprawy - Pracownik Anna Nowak (l.dabrowski) przypisał sprawę
filler two
2025-02-10 08:44:02 INFO PasswordService - hasło tymczasowe dla l.dabrowski: Kw7!pRz2Tq9m
`)
	want := runWorkers(t, input, 1)
	for workers := 2; workers <= 8; workers++ {
		if got := runWorkers(t, input, workers); got != want {
			t.Errorf("workers=%d:\n%s\nworkers=1:\n%s", workers, got, want)
		}
	}
}

// runWorkers returns what an engine with the test key and that many workers writes for
// input.
func runWorkers(t *testing.T, input []byte, workers int) string {
	t.Helper()
	e, err := anon.New(anon.Config{Key: testKey(), Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := e.Run(&out, []anon.Input{{Name: "in", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input)), nil
	}}}); err != nil {
		t.Fatal(err)
	}
	return out.String()
}
