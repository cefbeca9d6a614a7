window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1288416702934118401",
      "timeZone" : "Edinburgh"
    }
  }
]
