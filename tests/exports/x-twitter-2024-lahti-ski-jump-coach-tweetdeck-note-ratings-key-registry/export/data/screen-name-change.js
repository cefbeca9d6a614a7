window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1429876103552061441",
      "screenNameChange" : {
        "changedAt" : "2022-04-03T08:55:12.000Z",
        "changedFrom" : "TuulikkiR1987",
        "changedTo" : "tuulikki_hyppaa"
      }
    }
  }
]
