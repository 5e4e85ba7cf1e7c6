package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// FIX (Financial Information eXchange) messages, as QuickFIX's message logs, order
// gateways and trade surveillance write them: tag=value fields separated by SOH (0x01)
// or, in logs meant for people, by '|', from 8=FIX.4.4 or 8=FIXT.1.1 on. The tags are the
// keys; those that carry a person's login, a password or an account are read by number
// (FIX 4.4 and 5.0's field dictionary). The firms' CompIDs (49, 56) stay: they name
// counterparties, not people. BodyLength (9) and CheckSum (10) are left as written: a
// rewritten log is read, not replayed.

// fixTagCategories are the FIX tags whose values are rewritten, by category.
var fixTagCategories = map[string]string{
	"553":  categories.Username, // Username (Logon, UserRequest)
	"554":  categories.Secret,   // Password
	"925":  categories.Secret,   // NewPassword
	"1402": categories.Secret,   // EncryptedPassword
	"1404": categories.Secret,   // EncryptedNewPassword
	"96":   categories.Secret,   // RawData: a venue's credentials in a Logon
	"50":   categories.Username, // SenderSubID: the trader or desk user behind a message
	"57":   categories.Username, // TargetSubID
	"116":  categories.Username, // OnBehalfOfSubID
	"129":  categories.Username, // DeliverToSubID
	"448":  categories.Username, // PartyID: an order's trader, client or entering user
	"1":    categories.Secret,   // Account: the client's account number, its shape kept
}

// fixMessageLine rewrites a line that holds a FIX message and reports whether it did.
// Fields of other tags, and the text before the message (a log's time stamp), are
// scanned as text.
func (w *worker) fixMessageLine(s []byte, base int) bool {
	k := bytes.Index(s, []byte("8=FIX"))
	if k < 0 || k > 0 && isAlnum(s[k-1]) {
		return false
	}
	e := k + 5
	for e < len(s) && (isAlnum(s[e]) || s[e] == '.') {
		e++
	}
	if e+4 >= len(s) || s[e] != 0x01 && s[e] != '|' || !hasPrefixAt(s, e+1, "9=") {
		return false // a message starts 8=BeginString, then 9=BodyLength
	}
	sep := s[e]
	var values []fieldValue
	for p := e + 1; p < len(s); {
		end := len(s)
		if q := bytes.IndexByte(s[p:], sep); q >= 0 {
			end = p + q
		}
		if eq := bytes.IndexByte(s[p:end], '='); eq > 0 && eq <= 5 && p+eq+1 < end {
			if cat := fixTagCategories[string(s[p:p+eq])]; cat != "" && w.e.cats.on(cat) {
				values = append(values, fieldValue{p + eq + 1, end, cat, "fix " + string(s[p:p+eq])})
			}
		}
		p = end + 1
	}
	w.rewriteFields(s, values, base)
	return true
}
