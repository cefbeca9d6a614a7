window.YTD.contact.part0 = [
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+442079460183"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [
        "rui.tavares.lx@example.com"
      ],
      "phoneNumbers" : [
        "+442079460027"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+442079460154"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [
        "m.okonjo@example.org"
      ],
      "phoneNumbers" : [ ]
    }
  }
]