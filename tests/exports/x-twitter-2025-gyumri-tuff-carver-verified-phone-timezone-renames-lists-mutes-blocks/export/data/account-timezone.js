window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1620448817305518080",
      "timeZone" : "Yerevan"
    }
  }
]
