window.YTD.periscope_profile_description.part0 = [
  {
    "periscopeProfileDescription" : {
      "bio" : "Sjøfugltelling i Vardø 🐦 Kittiwake & puffin counts, Hornøya. Data til SEAPOP hver sommer."
    }
  }
]