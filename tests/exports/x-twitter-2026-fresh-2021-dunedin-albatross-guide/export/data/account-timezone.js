window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "781164328905682944"
    }
  }
]