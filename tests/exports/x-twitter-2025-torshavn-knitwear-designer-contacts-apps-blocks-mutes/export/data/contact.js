window.YTD.contact.part0 = [
  {
    "contact" : {
      "id" : "7301188245",
      "emails" : [
        "sunnva.hansen@example.org"
      ],
      "phoneNumbers" : [
        "+447700900417"
      ]
    }
  },
  {
    "contact" : {
      "id" : "7301188246",
      "emails" : [ ],
      "phoneNumbers" : [
        "+12025550148",
        "+447700900862"
      ]
    }
  },
  {
    "contact" : {
      "id" : "7301188247",
      "emails" : [
        "ullvirki.tinganes@example.com",
        "eirikur.d@example.net"
      ],
      "phoneNumbers" : [ ]
    }
  }
]