window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1555209384716203",
      "timeZone" : "Edinburgh"
    }
  }
]
