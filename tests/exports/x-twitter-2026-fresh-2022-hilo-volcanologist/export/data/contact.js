window.YTD.contact.part0 = [
  {
    "contact" : {
      "emails" : [
        "kaimana.reyes@example.org"
      ],
      "phoneNumbers" : [
        "+18085550147"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+18085550183"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [ ],
      "phoneNumbers" : [
        "+15035550119",
        "+18085550164"
      ]
    }
  },
  {
    "contact" : {
      "emails" : [
        "t.morikawa@hilo-field.example.net"
      ],
      "phoneNumbers" : [ ]
    }
  }
]