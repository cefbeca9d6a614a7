window.YTD.periscope_profile_description.part0 = [
  {
    "periscopeProfileDescription" : {
      "bio" : "Birder & sky-island hiker in Tucson. Hummingbird bander on weekends. She/her."
    }
  }
]
