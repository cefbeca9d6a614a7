window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1587204936615104518",
      "screenNameChange" : {
        "changedAt" : "2023-02-14T06:41:09.000Z",
        "changedFrom" : "sereana_t_92",
        "changedTo" : "SereanaKava"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1587204936615104518",
      "screenNameChange" : {
        "changedAt" : "2025-03-02T21:17:55.000Z",
        "changedFrom" : "SereanaKava",
        "changedTo" : "sereana_grows"
      }
    }
  }
]
