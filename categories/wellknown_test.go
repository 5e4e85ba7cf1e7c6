package categories

import "testing"

func TestWellKnownAccounts(t *testing.T) {
	for _, in := range []string{"root", "ROOT", "SYSTEM", "system", "LOCAL SERVICE", "Network Service", "ANONYMOUS LOGON", "Administrator", "Guest", "DefaultAccount", "-", "nobody", "www-data", "sshd", "postfix", "mysql", "vpxuser", "DCUI",
		"AWSReservedSSO_ComplianceReadOnly_7a1f3c9e2b4d6e80", "AWSServiceRoleForECS"} {
		if !IsWellKnownAccount([]byte(in)) {
			t.Errorf("%q is not well known", in)
		}
	}
	for _, in := range []string{"jdoe", "", "roots", "admin2", "LOCAL  SERVICE", "AWSReservedSSO_", "awsreservedsso_admin_1a2b"} {
		if IsWellKnownAccount([]byte(in)) {
			t.Errorf("%q is well known", in)
		}
	}
	for _, in := range []string{"localhost", "LOCALHOST", "localhost.localdomain", "localhost.", "ip6-localhost"} {
		if !IsWellKnownHost([]byte(in)) {
			t.Errorf("host %q is not well known", in)
		}
	}
	if IsWellKnownHost([]byte("wks-042")) {
		t.Errorf("wks-042 is well known")
	}
	w := NewWellKnown()
	w.AddAccounts("svc_Backup")
	if !w.Account([]byte("SVC_BACKUP")) || IsWellKnownAccount([]byte("svc_backup")) {
		t.Errorf("a WellKnown's additions must be its own")
	}
	AddWellKnownAccounts([]string{"Scanner-Svc"})
	if !IsWellKnownAccount([]byte("scanner-svc")) {
		t.Errorf("AddWellKnownAccounts did not add")
	}
	if NewWellKnown().Account([]byte("scanner-svc")) {
		t.Errorf("AddWellKnownAccounts changed the built-in list")
	}
	if n := testing.AllocsPerRun(100, func() { IsWellKnownAccount([]byte("Network Service")) }); n != 0 {
		t.Errorf("IsWellKnownAccount allocates %v times", n)
	}
}
