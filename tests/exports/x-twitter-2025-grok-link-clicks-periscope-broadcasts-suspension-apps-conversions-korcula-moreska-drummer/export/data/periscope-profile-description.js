window.YTD.periscope_profile_description.part0 = [
  {
    "periscopeProfileDescription" : {
      "bio" : "Bubnjarica u Moreški 🥁⚔️ Korčula. Drummer for the sword dance, summers on the waterfront."
    }
  }
]