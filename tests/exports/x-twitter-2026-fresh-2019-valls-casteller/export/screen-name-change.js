window.YTD.screen_name_change.part0 = [ {
  "screenNameChange" : {
    "accountId" : "842617305",
    "screenNameChange" : {
      "changedAt" : "2016-06-24T20:03:11.000Z",
      "changedFrom" : "montsepv84",
      "changedTo" : "montse_castells"
    }
  }
} ]