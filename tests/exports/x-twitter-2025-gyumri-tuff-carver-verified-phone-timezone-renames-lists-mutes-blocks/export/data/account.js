window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lusine.hakobyan@example.net",
      "createdVia" : "android",
      "username" : "lusine_tuff",
      "accountId" : "1620448817305518080",
      "createdAt" : "2023-01-31T14:52:08.117Z",
      "accountDisplayName" : "Լուսինե Հակոբյան · tuff carver"
    }
  }
]
