window.YTD.contact.part0 = [
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+15550147"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [
        "nurlan.ospanov@example.com"
      ],
      "phoneNumbers" : [
        "+15550163"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+15550118",
        "+15550119"
      ]
    }
  }
]