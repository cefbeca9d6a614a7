window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1587204936615104518",
      "timeZone" : "Fiji"
    }
  }
]
