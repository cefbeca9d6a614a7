window.YTD.connected_application.part0 = [ {
  "connectedApplication" : {
    "organization" : {
      "name" : "Twitter",
      "url" : ""
    },
    "name" : "Twitter for iPhone",
    "description" : "Twitter for iPhone",
    "permissions" : [ "read", "write" ],
    "approvedAt" : "2019-08-02T06:41:17.000Z",
    "id" : "129032"
  }
}, {
  "connectedApplication" : {
    "organization" : {
      "name" : "Breadcrumb Labs Sp. z o.o.",
      "url" : "https://breadcrumb.example.com/",
      "privacyPolicyUrl" : "https://breadcrumb.example.com/legal/privacy",
      "termsAndConditionsUrl" : "https://breadcrumb.example.com/legal/terms"
    },
    "name" : "Breadcrumb Bake Log",
    "description" : "Log every bake, its flour and hydration, and share the crumb shot with your followers.",
    "permissions" : [ "read", "write", "emailaddress" ],
    "approvedAt" : "2020-04-11T15:22:09.000Z",
    "id" : "17320584"
  }
}, {
  "connectedApplication" : {
    "organization" : {
      "name" : ""
    },
    "name" : "Unfollow Digest PL",
    "description" : "Cotygodniowe podsumowanie: kto Cię obserwuje, a kto przestał.",
    "permissions" : [ "read" ],
    "approvedAt" : "2020-05-30T21:07:43.000Z",
    "id" : "16982210"
  }
} ]